import { useEffect, useState, type RefObject } from 'react'
import { clipboardRefusal } from '../../core/export/clipboard-safety.ts'

type CopyState = 'idle' | 'copied' | 'selected' | 'refused' | 'failed'

/**
 * Copies the text to the clipboard; where the browser refuses, selects it in `target` so Ctrl+C copies it (no
 * `target`: the text is not all on screen, so selecting would copy only part of it).
 */
export function CopyButton({
  text,
  target,
  label,
}: {
  readonly text: string
  readonly target?: RefObject<HTMLElement | null>
  readonly label: string
}) {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => setState('idle'), 1800)
    return () => clearTimeout(timer)
  }, [state])
  const selectTarget = () => {
    const node = target?.current
    const selection = window.getSelection()
    if (!node || !selection) return setState('failed')
    const range = document.createRange()
    range.selectNodeContents(node)
    selection.removeAllRanges()
    selection.addRange(range)
    setState('selected')
  }
  const refusal = clipboardRefusal(text, 'the query')
  const copy = () => {
    if (refusal !== undefined) return setState('refused')
    if (!navigator.clipboard) return selectTarget()
    navigator.clipboard.writeText(text).then(() => setState('copied'), selectTarget)
  }
  return (
    <button type="button" className="metric__copy" onClick={copy} aria-label={label} title={refusal}>
      {state === 'copied'
        ? 'Copied'
        : state === 'selected'
          ? 'Selected: press Ctrl+C'
          : state === 'refused'
            ? 'Not copied: control character'
            : state === 'failed'
              ? 'Not copied: the browser refused'
              : 'Copy'}
    </button>
  )
}
