import type { KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import type { SideTab } from './layout-prefs.ts'

const tabs: readonly { readonly id: SideTab; readonly title: string }[] = [
  { id: 'form', title: 'Form' },
  { id: 'yaml', title: 'YAML' },
]

interface SideTabsProps {
  readonly active: SideTab
  readonly onChoose: (tab: SideTab) => void
  readonly onCollapse: () => void
}

/** The tabs of the column the form and the YAML share on narrower windows, and the button that collapses it. */
export function SideTabs({ active, onChoose, onCollapse }: SideTabsProps) {
  // WAI-ARIA tabs: ← → (and Home / End) move to the other tab and open it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return
    e.preventDefault()
    const next = e.key === 'Home' ? 'form' : e.key === 'End' ? 'yaml' : active === 'form' ? 'yaml' : 'form'
    flushSync(() => onChoose(next))
    document.getElementById(`side-tab-${next}`)?.focus()
  }
  return (
    <div className="side-tabs">
      <div className="tabs side-tabs__list" role="tablist" aria-label="Form and YAML" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={t.id === active}
            aria-controls={`side-panel-${t.id}`}
            tabIndex={t.id === active ? 0 : -1}
            className="tab"
            onClick={() => onChoose(t.id)}
          >
            {t.title}
          </button>
        ))}
      </div>
      <button
        type="button"
        id="pane-collapse-side"
        className="icon-button pane-collapse"
        aria-label="Collapse form and YAML"
        aria-expanded="true"
        title="Collapse form and YAML"
        onClick={() => {
          flushSync(onCollapse)
          document.getElementById(`pane-rail-${active}`)?.focus()
        }}
      >
        «
      </button>
    </div>
  )
}
