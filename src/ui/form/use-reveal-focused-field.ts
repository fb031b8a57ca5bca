import { useEffect, type RefObject } from 'react'
import { formatPath } from '../../core/diagnostic.ts'
import { useStudio } from '../studio-context.ts'

/** Opens every collapsed section, group or card around `field`, so it can be seen and focused. */
function openAncestors(field: HTMLElement): void {
  for (let el: HTMLElement | null = field; el; el = el.parentElement)
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true
}

/**
 * Shows the field another view focused: opens its section and card, scrolls to it and marks it briefly; a problem
 * chosen in the panel also puts the keyboard in the field's control.
 */
export function useRevealFocusedField(container: RefObject<HTMLElement | null>): void {
  const focus = useStudio((s) => s.focus)
  useEffect(() => {
    if (!focus || focus.source === 'form' || !container.current) return
    // The field itself, else its nearest ancestor the form shows.
    for (let n = focus.path.length; n > 0; n--) {
      const field = container.current.querySelector<HTMLElement>(
        `[data-path="${CSS.escape(formatPath(focus.path.slice(0, n)))}"]`,
      )
      if (!field) continue
      openAncestors(field)
      field.scrollIntoView({ block: 'nearest' })
      if (focus.source === 'panel' || focus.source === 'search')
        field
          .querySelector<HTMLElement>('input, select, button[role="switch"], summary')
          ?.focus({ preventScroll: true })
      field.classList.add('field--revealed')
      const timer = window.setTimeout(() => field.classList.remove('field--revealed'), 1200)
      return () => window.clearTimeout(timer)
    }
  }, [focus, container])
}
