import { Suspense, type KeyboardEvent } from 'react'
import { showPanel } from '../../store/intents/show-panel.ts'
import { useLayoutControls } from '../layout/layout-context.ts'
import { PaneBoundary } from '../layout/PaneBoundary.tsx'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { panels, type PanelDefinition } from './panel-registry.ts'

function Badge({ panel }: { panel: PanelDefinition }) {
  const count = useStudio((s) => panel.badge?.(s))
  return count === undefined ? null : <span className="tab__badge">{count}</span>
}

// WAI-ARIA tabs: ← → move between the tabs (wrapping), Home / End jump to the first / last; a tab opens as it gets focus.
const tabKeys: Record<string, (index: number, count: number) => number> = {
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowRight: (i, n) => (i + 1) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
}

/** The tabbed panel area; its tabs come from the panel registry. Collapsed, it keeps only its tab row. */
export function PanelArea() {
  const store = useStudioStore()
  const layout = useLayoutControls()
  const isCollapsed = layout?.prefs.collapsed.panels ?? false
  const activeId = useStudio((s) => s.ui.activePanel)
  const active = panels.find((p) => p.id === activeId) ?? panels[0]
  const Active = active?.component
  const open = (id: string) => {
    showPanel(store, id)
    layout?.reveal('panels')
  }
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = tabKeys[e.key]
    const next = move && active ? panels[move(panels.indexOf(active), panels.length)] : undefined
    if (!next) return
    e.preventDefault()
    open(next.id)
    document.getElementById(`tab-${next.id}`)?.focus()
  }
  const height = active?.height ?? 'content'
  return (
    <section className={`panels panels--${height}${isCollapsed ? ' panels--collapsed' : ''}`} aria-label="Panels">
      <div className="panels__bar">
        {layout && (
          <button
            type="button"
            className="icon-button panels__toggle"
            aria-expanded={!isCollapsed}
            aria-controls="panel-body"
            aria-label={isCollapsed ? 'Show panels' : 'Collapse panels'}
            title={isCollapsed ? 'Show panels' : 'Collapse panels'}
            onClick={() => layout.setCollapsed('panels', !isCollapsed)}
          >
            {isCollapsed ? '▴' : '▾'}
          </button>
        )}
        <div className="tabs" role="tablist" aria-label="Panel tabs" onKeyDown={onKeyDown}>
          {panels.map((p) => (
            <button
              key={p.id}
              type="button"
              role="tab"
              id={`tab-${p.id}`}
              aria-selected={p === active}
              tabIndex={p === active ? 0 : -1}
              aria-controls="panel-body"
              className="tab"
              onClick={() => open(p.id)}
            >
              {p.title}
              <Badge panel={p} />
            </button>
          ))}
        </div>
      </div>
      <div
        className="panels__body"
        role="tabpanel"
        id="panel-body"
        hidden={isCollapsed}
        aria-labelledby={active ? `tab-${active.id}` : undefined}
      >
        <PaneBoundary name={active?.title ?? 'panel'} className="panel-failed" resetKey={active?.id}>
          <Suspense fallback={<p className="panel__empty">Loading…</p>}>{Active && <Active />}</Suspense>
        </PaneBoundary>
      </div>
    </section>
  )
}
