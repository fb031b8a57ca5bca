import { Brand } from './Brand.tsx'
import { readSavedPrefs } from './layout-prefs.ts'
import { fitPanes } from './pane-fit.ts'
import { layoutStyle, wideQuery } from './use-workspace-layout.ts'

const panes = [
  ['pane--form', 'Form'],
  ['pane--diagram', 'Traffic'],
  ['pane--timeline', 'Rollout timeline'],
  ['pane--editor', 'YAML'],
] as const

function Pane({
  kind,
  title,
  failure,
}: {
  readonly kind: string
  readonly title: string
  readonly failure?: string | undefined
}) {
  return (
    <section className={`pane ${kind}`} aria-label={title}>
      <header className="pane__header">
        <h2>{title}</h2>
      </header>
      {failure === undefined && <p className="pane__empty">Loading…</p>}
    </section>
  )
}

/**
 * The app shell: the workspace's frame at the user's pane sizes, painted before the studio (parser, analysis,
 * views) has loaded, so the first paint does not wait for it. Shows why, and offers a reload, if it never loads.
 */
export function WorkspaceSkeleton({ failure }: { readonly failure?: string | undefined }) {
  const prefs = readSavedPrefs()
  const isWide = window.matchMedia(wideQuery).matches
  const space = { mainWidth: window.innerWidth, mainHeight: window.innerHeight - 320, windowHeight: window.innerHeight }
  const style = layoutStyle(fitPanes(prefs, isWide, space))
  // On narrower windows the form and the YAML share a column: the skeleton shows the tab the user left open.
  const hidden = (pane: 'form' | 'yaml') =>
    isWide ? prefs.collapsed[pane] : prefs.collapsed.side || prefs.sideTab !== pane
  const [form, diagram, timeline, editor] = panes.map(([kind, title]) => (
    <Pane key={kind} kind={kind} title={title} failure={failure} />
  ))
  return (
    <div className="workspace workspace--loading" style={style} aria-busy={failure === undefined}>
      <header className="toolbar">
        <Brand />
        {failure !== undefined && (
          <div className="workspace__failure" role="alert">
            <span>Canary Studio could not load: {failure}</span>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        )}
      </header>
      <main className={`workspace__main${isWide ? '' : ' workspace__main--tabbed'}`}>
        <div className="workspace__slot workspace__slot--form" hidden={hidden('form')}>
          {form}
        </div>
        <span className="resizer resizer--vertical" aria-hidden="true" />
        <div className="workspace__center">
          {diagram}
          <span className="resizer resizer--horizontal" aria-hidden="true" />
          {timeline}
        </div>
        {isWide && <span className="resizer resizer--vertical" aria-hidden="true" />}
        <div className="workspace__slot workspace__slot--yaml" hidden={hidden('yaml')}>
          {editor}
        </div>
      </main>
      <span className="resizer resizer--horizontal" aria-hidden="true" />
      <section className="panels" aria-label="Panels" />
      <footer className="statusbar" />
    </div>
  )
}
