import { DiagramPane } from '../diagram/DiagramPane.tsx'
import { EditorPane } from '../editor/EditorPane.tsx'
import { FormPane } from '../form/FormPane.tsx'
import { PanelArea } from '../panels/PanelArea.tsx'
import { useApplyTheme } from '../theme/use-theme.ts'
import { TimelinePane } from '../timeline/TimelinePane.tsx'
import { PaneBoundary } from './PaneBoundary.tsx'
import { Resizer } from './Resizer.tsx'
import { SkipLinks } from './SkipLinks.tsx'
import { StatusBar } from './StatusBar.tsx'
import { Toolbar } from './Toolbar.tsx'
import { PerfProbe } from '../perf-marks.ts'
import { paneSizeStyle, usePaneSizes } from './use-pane-sizes.ts'

/** The three-pane workspace: form | traffic + rollout | YAML, the panel tabs below, and the status strip. */
export function Workspace() {
  useApplyTheme()
  const [sizes, resize] = usePaneSizes()
  const style = paneSizeStyle(sizes)
  return (
    <div className="workspace" style={style}>
      <SkipLinks />
      <Toolbar />
      <main className="workspace__main">
        <PaneBoundary name="Form" className="pane pane--form">
          <FormPane />
        </PaneBoundary>
        <Resizer
          orientation="vertical"
          label="Resize form"
          value={sizes.formWidth}
          min={240}
          max={640}
          onChange={(v) => resize('formWidth', v)}
        />
        <div className="workspace__center">
          <PaneBoundary name="Traffic" className="pane pane--diagram">
            <DiagramPane />
          </PaneBoundary>
          <Resizer
            orientation="horizontal"
            label="Resize rollout"
            value={sizes.timelineHeight}
            min={120}
            max={640}
            isAfter
            onChange={(v) => resize('timelineHeight', v)}
          />
          <PaneBoundary name="Rollout timeline" className="pane pane--timeline">
            <TimelinePane />
          </PaneBoundary>
        </div>
        <Resizer
          orientation="vertical"
          label="Resize YAML editor"
          value={sizes.editorWidth}
          min={320}
          max={1100}
          isAfter
          onChange={(v) => resize('editorWidth', v)}
        />
        <PaneBoundary name="YAML" className="pane pane--editor">
          <EditorPane />
        </PaneBoundary>
      </main>
      <Resizer
        orientation="horizontal"
        label="Resize panels"
        value={sizes.panelHeight}
        min={60}
        max={480}
        isAfter
        onChange={(v) => resize('panelHeight', v)}
      />
      <PanelArea />
      <StatusBar />
      <PerfProbe />
    </div>
  )
}
