import { useEffect, type RefObject } from 'react'
import { formatPath } from '../../core/diagnostic.ts'
import { useStudio } from '../studio-context.ts'

/** Scrolls the form to the field another view focused (a problem, a diagram node) and marks it briefly. */
export function useRevealFocusedField(container: RefObject<HTMLElement | null>): void {
  const focus = useStudio((s) => s.focus)
  useEffect(() => {
    if (!focus || focus.source === 'form' || !container.current) return
    // The field itself, else its nearest ancestor the form shows (a problem on metrics[0].interval → none yet).
    for (let n = focus.path.length; n > 0; n--) {
      const field = container.current.querySelector<HTMLElement>(
        `[data-path="${CSS.escape(formatPath(focus.path.slice(0, n)))}"]`,
      )
      if (!field) continue
      field.scrollIntoView({ block: 'nearest' })
      field.classList.add('field--revealed')
      const timer = window.setTimeout(() => field.classList.remove('field--revealed'), 1200)
      return () => window.clearTimeout(timer)
    }
  }, [focus, container])
}
