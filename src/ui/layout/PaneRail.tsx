import { flushSync } from 'react-dom'
import type { SideTab } from './layout-prefs.ts'

const titles: Record<SideTab, string> = { form: 'Form', yaml: 'YAML' }

interface PaneRailProps {
  readonly edge: 'left' | 'right'
  /** The panes collapsed into this rail: one button each restores it (and opens its tab in the shared column). */
  readonly panes: readonly SideTab[]
  readonly onRestore: (pane: SideTab) => void
}

/** A collapsed side pane: a narrow strip whose buttons bring the form or the YAML back in one click. */
export function PaneRail({ edge, panes, onRestore }: PaneRailProps) {
  return (
    <div className={`pane-rail pane-rail--${edge}`}>
      {panes.map((pane) => (
        <button
          key={pane}
          type="button"
          id={`pane-rail-${pane}`}
          className="pane-rail__button"
          aria-expanded="false"
          aria-label={`Show ${titles[pane]}`}
          title={`Show ${titles[pane]}`}
          onClick={() => {
            flushSync(() => onRestore(pane))
            // Focus goes to the control that collapses it again: the pane's own button, or its tab in the shared column.
            ;(document.getElementById(`pane-collapse-${pane}`) ?? document.getElementById(`side-tab-${pane}`))?.focus()
          }}
        >
          {titles[pane]}
        </button>
      ))}
    </div>
  )
}
