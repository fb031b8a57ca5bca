import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { SideTab } from './layout-prefs.ts'

interface PaneSlotProps {
  readonly pane: SideTab
  readonly isShown: boolean
  /** True when the form and the YAML share one column: the slot is then a tab panel and the tabs collapse it. */
  readonly isTab: boolean
  readonly onCollapse: () => void
  readonly children: ReactNode
}

const titles: Record<SideTab, string> = { form: 'form', yaml: 'YAML' }
const collapseIcons: Record<SideTab, string> = { form: '«', yaml: '»' }

/**
 * Where the form or the YAML pane lives. The pane stays mounted while hidden (collapsed, or the other tab), so the
 * editor keeps its cursor, scroll and undo stops, and a change made in the visible pane reaches the hidden one live.
 */
export function PaneSlot({ pane, isShown, isTab, onCollapse, children }: PaneSlotProps) {
  return (
    <div
      className={`workspace__slot workspace__slot--${pane}`}
      hidden={!isShown}
      id={`side-panel-${pane}`}
      role={isTab ? 'tabpanel' : undefined}
      aria-labelledby={isTab ? `side-tab-${pane}` : undefined}
    >
      {!isTab && (
        <button
          type="button"
          id={`pane-collapse-${pane}`}
          className="icon-button pane-collapse"
          aria-label={`Collapse ${titles[pane]}`}
          aria-expanded="true"
          title={`Collapse ${titles[pane]}`}
          onClick={() => {
            flushSync(onCollapse)
            document.getElementById(`pane-rail-${pane}`)?.focus()
          }}
        >
          {collapseIcons[pane]}
        </button>
      )}
      {children}
    </div>
  )
}
