import { lazy, Suspense } from 'react'
import { useStudio } from '../studio-context.ts'

// In the editor Tab indents; Monaco's own toggle makes Tab move the focus on instead, so the pane is no keyboard trap.
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const tabFocusKeys = isMac ? '⌃⇧M' : 'Ctrl+M'

// Monaco and monaco-yaml are several MB: load them after the form and diagram have painted.
const YamlEditor = lazy(() => import('./YamlEditor.tsx'))

function EditorFallback() {
  const text = useStudio((s) => s.text)
  return (
    <div className="yaml-fallback" aria-busy="true">
      <div className="yaml-fallback__status">Loading editor…</div>
      <pre>{text}</pre>
    </div>
  )
}

/** The YAML pane: the lazily loaded editor, with the plain text shown until it arrives. */
export function EditorPane() {
  return (
    <section className="pane pane--editor" aria-label="YAML">
      <header className="pane__header">
        <h2>YAML</h2>
        <span className="pane__hint">canary.yaml</span>
        <span className="pane__hint" data-testid="editor-tab-hint">
          {tabFocusKeys}: Tab moves focus
        </span>
      </header>
      <Suspense fallback={<EditorFallback />}>
        <YamlEditor />
      </Suspense>
    </section>
  )
}
