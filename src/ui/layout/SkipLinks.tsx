// The form alone has hundreds of controls; these links let a keyboard user jump straight into any pane.
const targets = [
  { label: 'Skip to form', pane: 'Form' },
  { label: 'Skip to traffic diagram', pane: 'Traffic' },
  { label: 'Skip to rollout timeline', pane: 'Rollout timeline' },
  { label: 'Skip to YAML editor', pane: 'YAML' },
  { label: 'Skip to panels', pane: 'Panels' },
] as const

const focusable =
  'textarea, input:not([disabled]), select, button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

/** Moves keyboard focus to the first control inside the pane labelled `pane`. */
function focusPane(pane: string): void {
  const section = document.querySelector<HTMLElement>(`[aria-label="${pane}"]`)
  const first = section?.querySelector<HTMLElement>(focusable)
  first?.focus()
}

/** Links, shown only while focused, that move the keyboard focus into each pane of the workspace. */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {targets.map((t) => (
        <button key={t.pane} type="button" className="skip-links__link" onClick={() => focusPane(t.pane)}>
          {t.label}
        </button>
      ))}
    </nav>
  )
}
