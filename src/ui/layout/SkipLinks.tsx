import { flushSync } from 'react-dom'
import { useLayoutControls } from './layout-context.ts'
import type { RevealTarget } from './use-workspace-layout.ts'

// The form alone has hundreds of controls; these links let a keyboard user jump straight into any pane.
const targets: readonly { label: string; pane: string; reveal?: RevealTarget }[] = [
  { label: 'Skip to form', pane: 'Form', reveal: 'form' },
  { label: 'Skip to traffic diagram', pane: 'Traffic' },
  { label: 'Skip to rollout timeline', pane: 'Rollout timeline' },
  { label: 'Skip to YAML editor', pane: 'YAML', reveal: 'yaml' },
  { label: 'Skip to panels', pane: 'Panels', reveal: 'panels' },
]

const focusable =
  'textarea, input:not([disabled]), select, button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

/** Moves keyboard focus to the pane labelled `pane`: its open tab if it has tabs, else its first control. */
function focusPane(pane: string): void {
  const section = document.querySelector<HTMLElement>(`section[aria-label="${pane}"]`)
  const first =
    section?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
    section?.querySelector<HTMLElement>(focusable)
  first?.focus()
}

/** Links, shown only while focused, that bring each pane into view (restoring it, opening its tab) and focus it. */
export function SkipLinks() {
  const layout = useLayoutControls()
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((t) => (
        <button
          key={t.pane}
          type="button"
          className="skip-links__link"
          onClick={() => {
            const reveal = t.reveal
            if (layout && reveal) flushSync(() => layout.reveal(reveal))
            focusPane(t.pane)
          }}
        >
          {t.label}
        </button>
      ))}
    </nav>
  )
}
