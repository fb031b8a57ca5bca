import '@xyflow/react/dist/style.css'
import { ReactFlow, type ReactFlowInstance } from '@xyflow/react'
import { useCallback, useEffect, useMemo, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react'
import { deploymentStrategy } from '../../core/model/effective.ts'
import { formatPath } from '../../core/diagnostic.ts'
import type { Explained, TrafficGraph } from '../../core/traffic/traffic-graph-types.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { selectRouting, selectShownCanary } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { selectTracedPath } from '../../store/trace-selectors.ts'
import { selectTrafficGraph } from '../../store/traffic-selectors.ts'
import { withTraceClasses } from './traced-highlight.ts'
import { exposeDiagramTestHook } from './diagram-test-hook.ts'
import { downloadPng, downloadSvg, paletteFrom } from './export-download.ts'
import { buildDiagramSvg } from './export-svg.ts'
import {
  createFlowCache,
  primaryField,
  structureKey,
  type TrafficFlowEdge,
  type TrafficFlowNode,
} from './flow-elements.ts'
import { chooseLayout, MAX_FIT_ZOOM } from './choose-density.ts'
import { DiagramStrip, DiagramTools, type ChromeToggles } from './DiagramChrome.tsx'
import { layoutGraph } from './layout.ts'
import { trafficCaption } from './traffic-caption.ts'
import { useElementSize } from './use-element-size.ts'
import { useTickMoveNotice } from '../timeline/use-tick-move-notice.ts'
import { selectActiveTickIndex } from '../../store/selectors.ts'
import { TrafficEdgeView } from './TrafficEdgeView.tsx'
import { TrafficNodeView } from './TrafficNodeView.tsx'

const nodeTypes = { traffic: TrafficNodeView }
const edgeTypes = { traffic: TrafficEdgeView }
const fitOptions = { padding: '8px', maxZoom: MAX_FIT_ZOOM } as const
/** Below this pane height the notes start folded away behind their header button, leaving the room to the picture. */
const NOTES_OPEN_MIN_HEIGHT = 260
const tones = ['primary', 'canary', 'neutral', 'bypass'] as const
const proOptions = { hideAttribution: true }
interface Tip {
  readonly x: number
  readonly y: number
  readonly element: Explained
}

/** Finds the explained element (node or edge) a DOM event came from. */
function elementAt(target: EventTarget | null, graph: TrafficGraph): (Explained & { kind: string }) | undefined {
  if (!(target instanceof Element)) return undefined
  const label = target.closest('[data-edge-id]')
  const node = target.closest('.react-flow__node')
  const edge = target.closest('.react-flow__edge')
  const id = label?.getAttribute('data-edge-id') ?? node?.getAttribute('data-id') ?? edge?.getAttribute('data-id')
  if (!id) return undefined
  return graph.nodes.find((n) => n.id === id) ?? graph.edges.find((e) => e.id === id)
}

function Tooltip({ tip }: { tip: Tip }) {
  return (
    <div className="traffic-tooltip" role="tooltip" style={{ left: tip.x + 14, top: tip.y + 14 }}>
      <strong>{tip.element.accessibleName}</strong>
      <p>{tip.element.explanation}</p>
      {tip.element.fields.length > 0 && (
        <p className="traffic-tooltip__fields">
          Shaped by:{' '}
          {[...new Set(tip.element.fields.map(formatPath))].map((f) => (
            <code key={f}>{f}</code>
          ))}
        </p>
      )}
    </div>
  )
}

/** Notes under the picture: the model's notes, and the in-mesh bypass spelled out (the most common surprise). */
function notesOf(notes: readonly Explained[] = [], bypass: Explained | undefined): Explained[] {
  return [...notes, ...(bypass ? [bypass] : [])]
}

/** Notes start shown when the pane has room for them; the header button toggles them either way. */
function useChromeToggles(paneHeight: number | undefined): ChromeToggles {
  const [notesToggled, setNotesToggled] = useState<boolean>()
  const [legendShown, setLegendShown] = useState(false)
  const notesShown = notesToggled ?? (paneHeight ?? 0) >= NOTES_OPEN_MIN_HEIGHT
  return {
    notesShown,
    legendShown,
    toggleNotes: () => setNotesToggled(!notesShown),
    toggleLegend: () => setLegendShown((v) => !v),
  }
}

/** The header's line: what the picture's numbers are, or for a while that an edit moved the shown tick. */
function useCaption(): { caption: string; notice: string | undefined } {
  const strategy = useStudio((s) => {
    const canary = selectShownCanary(s)
    return canary ? deploymentStrategy(canary) : 'canary'
  })
  const hasSessionAffinity = useStudio((s) => selectShownCanary(s)?.spec?.analysis?.sessionAffinity !== undefined)
  const routing = useStudio(selectRouting)
  const tickIndex = useStudio(selectActiveTickIndex)
  return { caption: trafficCaption({ strategy, routing, tickIndex, hasSessionAffinity }), notice: useTickMoveNotice() }
}

/** The live traffic diagram of the shown Canary at the shown tick. */
export function DiagramPane() {
  const store = useStudioStore()
  // Only what the diagram shows of the Canary itself: a threshold or webhook edit does not re-render it.
  const target = useStudio((s) => selectShownCanary(s)?.spec?.targetRef?.name)
  const stale = useStudio((s) => s.analysis.status !== 'ok')
  const graph = useStudio(selectTrafficGraph)
  const [section, setSection] = useState<HTMLElement | null>(null)
  const [body, setBody] = useState<HTMLDivElement | null>(null)
  const paneSize = useElementSize(body)
  const toggles = useChromeToggles(useElementSize(section)?.height)
  // The density (how much each box says, which columns fold) follows the room the pane has.
  const layout = useMemo(() => (graph ? chooseLayout(graph, paneSize) : undefined), [graph, paneSize])
  const [cache] = useState(createFlowCache)
  const nodes = useMemo(
    () => (graph && layout ? cache.nodes(graph, layout, target) : []),
    [graph, layout, target, cache],
  )
  const edges = useMemo(() => (graph && layout ? cache.edges(graph, layout) : []), [graph, layout, cache])
  // The request traced in "Try a request" is lit; everything else recedes.
  const traced = useStudio(selectTracedPath)
  const tracedNodes = useMemo(() => withTraceClasses(nodes, traced, 'node') as typeof nodes, [nodes, traced])
  const tracedEdges = useMemo(() => withTraceClasses(edges, traced, 'edge') as typeof edges, [edges, traced])
  const structure = graph && layout ? `${layout.density}|${structureKey(graph)}` : ''
  const [flow, setFlow] = useState<ReactFlowInstance<TrafficFlowNode, TrafficFlowEdge>>()
  const [tip, setTip] = useState<Tip>()
  const { caption, notice } = useCaption()
  const fit = useCallback(() => void flow?.fitView({ ...fitOptions, duration: 150 }), [flow])

  useEffect(() => exposeDiagramTestHook(store), [store])
  // Refit when the picture's structure, its density or the pane's size changes (not when a label does).
  useEffect(() => {
    if (!structure) return
    const frame = requestAnimationFrame(fit)
    return () => cancelAnimationFrame(frame)
  }, [fit, structure, paneSize])

  const reveal = (element: (Explained & { kind?: string }) | undefined) => {
    const path = element && primaryField(element)
    if (path) focusPath(store, path, 'diagram')
  }
  const onClick = (e: MouseEvent) => graph && reveal(elementAt(e.target, graph))
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && graph) reveal(elementAt(e.target, graph))
  }
  const onHover = (e: MouseEvent) => {
    const element = graph && elementAt(e.target, graph)
    setTip(element ? { x: e.clientX, y: e.clientY, element } : undefined)
  }
  const onFocus = (e: FocusEvent) => {
    const element = graph && elementAt(e.target, graph)
    const rect = e.target.getBoundingClientRect()
    setTip(element ? { x: rect.left + rect.width / 2, y: rect.bottom, element } : undefined)
  }
  // The export always draws the detailed picture, whatever the pane shows.
  const exportAs = async (format: 'svg' | 'png') => {
    if (!graph) return
    const svg = buildDiagramSvg(graph, layoutGraph(graph), paletteFrom(body ?? document.documentElement), target)
    const name = `${selectShownCanary(store.getState())?.metadata?.name || 'canary'}-traffic.${format}`
    if (format === 'svg') downloadSvg(svg, name)
    else await downloadPng(svg, name)
  }
  const graphNotes = graph?.notes
  const bypass = graph?.edges.find((e) => e.kind === 'bypass')
  const notes = useMemo(() => notesOf(graphNotes, bypass), [graphNotes, bypass])
  // React Flow is not memoised: the same element lets React skip it when its nodes and edges are unchanged (most
  // edits do not change the picture).
  const flowView = useMemo(
    () => (
      <ReactFlow<TrafficFlowNode, TrafficFlowEdge>
        nodes={tracedNodes}
        edges={tracedEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onInit={setFlow}
        fitView
        fitViewOptions={fitOptions}
        minZoom={0.2}
        maxZoom={2.5}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        zoomOnDoubleClick={false}
        proOptions={proOptions}
        aria-label="Traffic diagram"
      />
    ),
    [tracedNodes, tracedEdges],
  )

  return (
    <section ref={setSection} className="pane pane--diagram" aria-label="Traffic">
      <header className="pane__header traffic-header">
        <h2>Traffic</h2>
        <span
          className={`pane__hint traffic-caption${notice ? ' traffic-caption--moved' : ''}`}
          title={notice ? `${notice} · ${caption}` : caption}
          data-testid="traffic-caption"
        >
          {notice ?? caption}
        </span>
        {graph && <DiagramTools flow={flow} fit={fit} noteCount={notes.length} toggles={toggles} />}
        {graph && (
          <span className="traffic-export">
            <button type="button" onClick={() => void exportAs('svg')} title="Download the diagram as SVG">
              SVG
            </button>
            <button type="button" onClick={() => void exportAs('png')} title="Download the diagram as PNG">
              PNG
            </button>
          </span>
        )}
      </header>
      {graph && <DiagramStrip notes={notes} stale={stale} toggles={toggles} />}
      {graph ? (
        <div
          ref={setBody}
          className={`pane__body traffic-diagram${stale ? ' traffic-diagram--stale' : ''}`}
          data-testid="traffic-diagram"
          data-density={layout?.density}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onMouseOver={onHover}
          onMouseLeave={() => setTip(undefined)}
          onFocus={onFocus}
          onBlur={() => setTip(undefined)}
        >
          <svg className="traffic-markers" aria-hidden="true">
            <defs>
              {tones.map((t) => (
                <marker
                  key={t}
                  id={`traffic-arrow-${t}`}
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerUnits="userSpaceOnUse"
                  markerWidth="11"
                  markerHeight="11"
                  orient="auto-start-reverse"
                >
                  <path d="M0,1 L9,5 L0,9 z" className={`traffic-arrow traffic-arrow--${t}`} />
                </marker>
              ))}
            </defs>
          </svg>
          {flowView}
          {tip && <Tooltip tip={tip} />}
        </div>
      ) : (
        <p className="pane__empty">No Canary to draw yet.</p>
      )}
    </section>
  )
}
