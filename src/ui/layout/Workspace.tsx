import { useRef } from 'react'
import { DiagramPane } from '../diagram/DiagramPane.tsx'
import { EditorPane } from '../editor/EditorPane.tsx'
import { FormPane } from '../form/FormPane.tsx'
import { PanelArea } from '../panels/PanelArea.tsx'
import { PerfProbe } from '../perf-marks.ts'
import { useApplyTheme } from '../theme/use-theme.ts'
import { TimelinePane } from '../timeline/TimelinePane.tsx'
import { LayoutContext } from './layout-context.ts'
import { PaneBoundary } from './PaneBoundary.tsx'
import { paneMin } from './pane-fit.ts'
import { PaneRail } from './PaneRail.tsx'
import { PaneSlot } from './PaneSlot.tsx'
import { Resizer } from './Resizer.tsx'
import { SideTabs } from './SideTabs.tsx'
import { SkipLinks } from './SkipLinks.tsx'
import { StatusBar } from './StatusBar.tsx'
import { Toolbar } from './Toolbar.tsx'
import { layoutStyle, useWorkspaceLayout } from './use-workspace-layout.ts'

// The panel strip fits a short panel's content: a drag starts from the height it is drawn at, not its limit.
const measurePanelBody = () => document.getElementById('panel-body')?.getBoundingClientRect().height

/**
 * The workspace: form | traffic + rollout | YAML on wide windows; on narrower ones the form and the YAML share one
 * column as tabs, so the diagram and the timeline keep the room. The panel tabs below, then the status strip.
 * Children keep their places in every arrangement, so no pane remounts when the window crosses the breakpoint.
 */
export function Workspace() {
  useApplyTheme()
  const main = useRef<HTMLElement>(null)
  const { controls, fit } = useWorkspaceLayout(main)
  const { prefs, isWide, resize, setCollapsed, reveal } = controls
  const { collapsed } = prefs
  const isTabbed = !isWide
  const isLeftCollapsed = isTabbed ? collapsed.side : collapsed.form
  const isShown = (pane: 'form' | 'yaml') => (isTabbed ? !collapsed.side && prefs.sideTab === pane : !collapsed[pane])
  const sideKey = isTabbed ? 'sideWidth' : 'formWidth'
  return (
    <LayoutContext value={controls}>
      <div className="workspace" style={layoutStyle(fit)}>
        <SkipLinks />
        <Toolbar />
        <main ref={main} className={`workspace__main${isTabbed ? ' workspace__main--tabbed' : ''}`}>
          {isTabbed && !collapsed.side && (
            <SideTabs
              active={prefs.sideTab}
              onChoose={controls.chooseTab}
              onCollapse={() => setCollapsed('side', true)}
            />
          )}
          {isLeftCollapsed && (
            <PaneRail edge="left" panes={isTabbed ? ['form', 'yaml'] : ['form']} onRestore={reveal} />
          )}
          <PaneSlot
            pane="form"
            isShown={isShown('form')}
            isTab={isTabbed}
            onCollapse={() => setCollapsed('form', true)}
          >
            <PaneBoundary name="Form" className="pane pane--form">
              <FormPane />
            </PaneBoundary>
          </PaneSlot>
          {!isLeftCollapsed && (
            <Resizer
              orientation="vertical"
              label={isTabbed ? 'Resize form and YAML' : 'Resize form'}
              value={fit.size[sideKey]}
              min={paneMin[sideKey]}
              max={fit.max[sideKey]}
              onChange={(v) => resize(sideKey, v)}
            />
          )}
          <div className="workspace__center">
            <PaneBoundary name="Traffic" className="pane pane--diagram">
              <DiagramPane />
            </PaneBoundary>
            <Resizer
              orientation="horizontal"
              label="Resize rollout"
              value={fit.size.timelineHeight}
              min={paneMin.timelineHeight}
              max={fit.max.timelineHeight}
              isAfter
              onChange={(v) => resize('timelineHeight', v)}
            />
            <PaneBoundary name="Rollout timeline" className="pane pane--timeline">
              <TimelinePane />
            </PaneBoundary>
          </div>
          {isWide && !collapsed.yaml && (
            <Resizer
              orientation="vertical"
              label="Resize YAML editor"
              value={fit.size.editorWidth}
              min={paneMin.editorWidth}
              max={fit.max.editorWidth}
              isAfter
              onChange={(v) => resize('editorWidth', v)}
            />
          )}
          {isWide && collapsed.yaml && <PaneRail edge="right" panes={['yaml']} onRestore={reveal} />}
          <PaneSlot
            pane="yaml"
            isShown={isShown('yaml')}
            isTab={isTabbed}
            onCollapse={() => setCollapsed('yaml', true)}
          >
            <PaneBoundary name="YAML" className="pane pane--editor">
              <EditorPane />
            </PaneBoundary>
          </PaneSlot>
        </main>
        {!collapsed.panels && (
          <Resizer
            orientation="horizontal"
            label="Resize panels"
            value={fit.size.panelHeight}
            min={paneMin.panelHeight}
            max={fit.max.panelHeight}
            measure={measurePanelBody}
            isAfter
            onChange={(v) => resize('panelHeight', v)}
          />
        )}
        <PanelArea />
        <StatusBar />
        <PerfProbe />
      </div>
    </LayoutContext>
  )
}
