import { useEffect, useState } from 'react'
import { selectActiveTickIndex, selectShownTickReason, type ShownTickReason } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'

// When an edit (not the person) moves the tick the views show, the timeline and the diagram say so for a while.

const NOTICE_MS = 8000

const because: Record<ShownTickReason, string> = {
  'first-traffic': 'the first tick with canary traffic',
  'no-traffic': 'the canary gets no traffic in this run',
  last: 'the last tick of the shorter run',
  chosen: 'the tick you chose',
}

/** "now showing T11, the first tick with canary traffic". */
export function tickMoveText(tickIndex: number, reason: ShownTickReason): string {
  return `now showing T${tickIndex}, ${because[reason]}`
}

/** The notice to show after an edit moved the shown tick, undefined when the tick stayed or the person moved it. */
export function useTickMoveNotice(): string | undefined {
  const index = useStudio(selectActiveTickIndex)
  const reason = useStudio(selectShownTickReason)
  const text = useStudio((s) => s.text)
  const [seen, setSeen] = useState({ index, text })
  const [notice, setNotice] = useState<string>()
  // Compared during render (React's "previous props" pattern): the text changed together with the index, so an edit moved it.
  if (seen.index !== index || seen.text !== text) {
    setSeen({ index, text })
    if (seen.index !== index) setNotice(seen.text !== text ? tickMoveText(index, reason) : undefined)
  }
  useEffect(() => {
    if (notice === undefined) return
    const timer = setTimeout(() => setNotice(undefined), NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  return notice
}
