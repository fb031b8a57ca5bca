import '@xyflow/react/dist/style.css'
import { Controls, Panel, ReactFlow, type ReactFlowInstance } from '@xyflow/react'
import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react'
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
import { createFlowCache, primaryField, structureKey, type TrafficFlowEdge, type TrafficFlowNode } from './flow-elements.ts'
import { layoutGraph } from './layout.ts'
import { Legend } from './Legend.tsx'
import { TrafficEdgeView } from './TrafficEdgeView.tsx'
import { TrafficNodeView } from './TrafficNodeView.tsx'

const nodeTypes = { traffic: TrafficNodeView }
const edgeTypes = { traffic: TrafficEdgeView }
const fitOptions = { padding: 0.08, maxZoom: 1.1 }
const tones = ['primary', 'canary', 'neutral', 'bypass'] as const
const proOptions = { hideAttribution: true }
// The same elements every render, so React skips the controls and the legend when the diagram re-renders.
const controlsAndLegend = (
  <>
    <Controls showInteractive={false} position="bottom-left" />
    <Panel position="bottom-right">
      <Legend />
    </Panel>
  </>
)

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

/** What sits on the picture: zoom controls, the legend, and the notes (or that the document is stale). */
function DiagramChrome({ notes, stale }: { notes: readonly Explained[]; stale: boolean }) {
  return (
    <>
      {controlsAndLegend}
      {(notes.length > 0 || stale) && (
        <Panel position="top-left" className="traffic-notes">
          {stale && (
            <p className="traffic-notes__stale" data-testid="diagram-stale">
              showing last valid document
            </p>
          )}
          {/* One line each until opened, so the notes do not cover the picture's left column. */}
          {notes.map((n) => (
            <details key={n.accessibleName} className="traffic-notes__note">
              <summary>{n.accessibleName}</summary>
              <p>{n.explanation}</p>
            </details>
          ))}
        </Panel>
      )}
    </>
  )
}

/** The live traffic diagram of the shown Canary at the shown tick. */
export function DiagramPane() {
  const store = useStudioStore()
  // Only what the diagram shows of the Canary itself: a threshold or webhook edit does not re-render it.
  const target = useStudio((s) => selectShownCanary(s)?.spec?.targetRef?.name)
  const routing = useStudio(selectRouting)
  const stale = useStudio((s) => s.analysis.status !== 'ok')
  const graph = useStudio(selectTrafficGraph)
  const layout = useMemo(() => (graph ? layoutGraph(graph) : undefined), [graph])
  const [cache] = useState(createFlowCache)
  const nodes = useMemo(() => (graph && layout ? cache.nodes(graph, layout, target) : []), [graph, layout, target, cache])
  const edges = useMemo(() => (graph && layout ? cache.edges(graph, layout) : []), [graph, layout, cache])
  // The request traced in "Try a request" is lit; everything else recedes.
  const traced = useStudio(selectTracedPath)
  const tracedNodes = useMemo(() => withTraceClasses(nodes, traced, 'node') as typeof nodes, [nodes, traced])
  const tracedEdges = useMemo(() => withTraceClasses(edges, traced, 'edge') as typeof edges, [edges, traced])
  const structure = graph ? structureKey(graph) : ''
  const [flow, setFlow] = useState<ReactFlowInstance<TrafficFlowNode, TrafficFlowEdge>>()
  const [tip, setTip] = useState<Tip>()
  const bodyRef = useRef<HTMLDivElement>(null)

  useEffect(() => exposeDiagramTestHook(store), [store])
  useEffect(() => {
    if (!flow || !structure) return
    const frame = requestAnimationFrame(() => void flow.fitView({ ...fitOptions, duration: 150 }))
    return () => cancelAnimationFrame(frame)
  }, [flow, structure])

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
  const exportAs = async (format: 'svg' | 'png') => {
    if (!graph || !layout) return
    const svg = buildDiagramSvg(graph, layout, paletteFrom(bodyRef.current ?? document.documentElement), target)
    const name = `${selectShownCanary(store.getState())?.metadata?.name || 'canary'}-traffic.${format}`
    if (format === 'svg') downloadSvg(svg, name)
    else await downloadPng(svg, name)
  }
  // The graph shares unchanged objects with the previous one, so unchanged notes keep the same chrome element: with
  // the same nodes and edges, React Flow then skips re-rendering.
  const graphNotes = graph?.notes
  const bypass = graph?.edges.find((e) => e.kind === 'bypass')
  const notes = useMemo(() => notesOf(graphNotes, bypass), [graphNotes, bypass])
  const chrome = useMemo(() => <DiagramChrome notes={notes} stale={stale} />, [notes, stale])
  // React Flow is not memoised: the same element lets React skip it when its nodes, edges and notes are unchanged
  // (most edits do not change the picture).
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
      >
        {chrome}
      </ReactFlow>
    ),
    [tracedNodes, tracedEdges, chrome],
  )

  return (
    <section className="pane pane--diagram" aria-label="Traffic">
      <header className="pane__header">
        <h2>Traffic</h2>
        <span className="pane__hint">
          {routing.mirrored ? 'mirroring to the canary · ' : ''}primary {routing.primaryWeight}% · canary {routing.canaryWeight}%
        </span>
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
      {graph ? (
        <div
          ref={bodyRef}
          className={`pane__body traffic-diagram${stale ? ' traffic-diagram--stale' : ''}`}
          data-testid="traffic-diagram"
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
                <marker key={t} id={`traffic-arrow-${t}`} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
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
