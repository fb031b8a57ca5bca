import type { Edge, Node } from '@xyflow/react'
import type { FieldPath } from '../../core/diagnostic.ts'
import type {
  Explained,
  TrafficEdge,
  TrafficGraph,
  TrafficNode,
  TrafficRoute,
} from '../../core/traffic/traffic-graph-types.ts'
import { shareStructure } from '../../core/data/share-structure.ts'
import { labelLines, placeLabels, type LabelBox } from './edge-labels.ts'
import { foldedWorkload, type Density, type FoldedWorkload } from './density.ts'
import type { DiagramLayout } from './layout.ts'

// From our graph model and layout to React Flow's nodes and edges, reusing unchanged objects so React Flow and
// the memoised node components skip what did not change.

export type Tone = 'primary' | 'canary' | 'neutral' | 'bypass'

export interface TrafficNodeData extends Record<string, unknown> {
  readonly node: TrafficNode
  readonly tone: Tone
  readonly density: Density
  /** In the folded density, the workload (and autoscaler) a Service selects, drawn as its badge. */
  readonly workload?: FoldedWorkload
}

export interface TrafficEdgeData extends Record<string, unknown> {
  readonly edge: TrafficEdge
  readonly tone: Tone
  /** The VirtualService route the edge leaves from (A/B match, sticky cookie, weighted…). */
  readonly routeKind?: TrafficRoute['kind']
  /** Centre of the label in flow coordinates (see edge-labels.ts), when the edge has one. */
  readonly labelAt?: { readonly x: number; readonly y: number }
  /** The bold lines on the arrow (long conditions cut; a wide label broken after its condition). */
  readonly lines: readonly string[]
  /** The small second line (e.g. the DestinationRule's TLS mode), in the detailed density only. */
  readonly secondary?: string
}

export type TrafficFlowNode = Node<TrafficNodeData, 'traffic'>
export type TrafficFlowEdge = Edge<TrafficEdgeData, 'traffic'>

/** Primary (stable) or canary colouring from a node id: `…-primary` is the primary, `-canary`/the target the canary. */
export function nodeTone(node: TrafficNode, target: string | undefined): Tone {
  if (node.role) return node.role
  if (node.kind === 'service')
    return node.id.endsWith('-primary') ? 'primary' : node.id.endsWith('-canary') ? 'canary' : 'neutral'
  if (node.kind === 'workload')
    return node.id.endsWith('-primary') ? 'primary' : node.id === `workload:${target}` ? 'canary' : 'neutral'
  return 'neutral'
}

export function edgeTone(edge: TrafficEdge): Tone {
  if (edge.kind === 'bypass') return 'bypass'
  if (edge.kind === 'route' || edge.kind === 'mirror' || edge.kind === 'selects') {
    if (/-canary$/.test(edge.target) || (edge.kind === 'selects' && /-canary$/.test(edge.source))) return 'canary'
    if (/-primary$/.test(edge.target)) return 'primary'
  }
  return 'neutral'
}

/**
 * The field a click on an element reveals: for a Service its own settings (`service.canary`, `service.primary`,
 * or the target for the apex), which the editor shows as the nearest existing key (`service:`); else the first
 * field that shaped it.
 */
export function primaryField(element: Explained & { id?: string; kind?: string }): FieldPath | undefined {
  if (element.kind === 'service') {
    const own = element.fields[element.fields.length - 1]
    if (own) return own
  }
  return element.fields[0]
}

function routeKindOf(edge: TrafficEdge, nodes: ReadonlyMap<string, TrafficNode>): TrafficRoute['kind'] | undefined {
  if (!edge.sourceHandle?.startsWith('route:')) return undefined
  const index = Number(edge.sourceHandle.slice('route:'.length))
  return nodes.get(edge.source)?.routes?.find((r) => r.index === index)?.kind
}

function workloadBadge(node: TrafficNode, graph: TrafficGraph, density: Density): { workload?: FoldedWorkload } {
  const workload = density === 'folded' && node.kind === 'service' ? foldedWorkload(node, graph) : undefined
  return workload ? { workload } : {}
}

/** React Flow nodes at their laid-out positions; an unchanged node keeps its previous object. */
export function toFlowNodes(
  graph: TrafficGraph,
  layout: DiagramLayout,
  target: string | undefined,
  previous: readonly TrafficFlowNode[] = [],
): TrafficFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]))
  return graph.nodes.flatMap((node) => {
    const box = layout.boxes.get(node.id)
    if (!box) return []
    const next: TrafficFlowNode = {
      id: node.id,
      type: 'traffic',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: {
        node,
        tone: nodeTone(node, target),
        density: layout.density,
        ...workloadBadge(node, graph, layout.density),
      },
      ariaLabel: node.accessibleName,
      draggable: false,
      connectable: false,
      deletable: false,
    }
    // The previous node when nothing about it changed, else the new one sharing whatever parts did not.
    return [shareStructure(next, before.get(node.id))]
  })
}

/** React Flow edges; an unchanged edge keeps its previous object. */
export function toFlowEdges(
  graph: TrafficGraph,
  labels: ReadonlyMap<string, LabelBox>,
  previous: readonly TrafficFlowEdge[] = [],
  layout?: Pick<DiagramLayout, 'boxes' | 'density'>,
): TrafficFlowEdge[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const density = layout?.density ?? 'detailed'
  // A density that folds a node away drops its edges too.
  const isShown = (id: string) => nodes.has(id) && (!layout || layout.boxes.has(id))
  const before = new Map(previous.map((e) => [e.id, e]))
  return graph.edges
    .filter((e) => isShown(e.source) && isShown(e.target))
    .map((edge) => {
      const routeKind = routeKindOf(edge, nodes)
      const label = labels.get(edge.id)
      const next: TrafficFlowEdge = {
        id: edge.id,
        type: 'traffic',
        source: edge.source,
        target: edge.target,
        ...(edge.sourceHandle ? { sourceHandle: edge.sourceHandle } : {}),
        ...(edge.kind === 'scales' ? { sourceHandle: 'back', targetHandle: 'back' } : {}),
        data: {
          edge,
          tone: edgeTone(edge),
          lines: labelLines(edge, density),
          ...(density === 'detailed' && edge.secondaryLabel ? { secondary: edge.secondaryLabel } : {}),
          ...(routeKind ? { routeKind } : {}),
          ...(label ? { labelAt: { x: label.x, y: label.y } } : {}),
        },
        ariaLabel: edge.accessibleName,
        deletable: false,
        zIndex: edge.kind === 'mirror' ? 1 : 0,
      }
      return shareStructure(next, before.get(edge.id))
    })
}

/** Node and edge ids: the diagram fits itself to view only when this changes, not when a label does. */
export function structureKey(graph: TrafficGraph): string {
  return [
    ...graph.nodes.map((n) => `${n.id}/${n.details.length}/${n.routes?.length ?? 0}`),
    ...graph.edges.map((e) => e.id),
  ].join('|')
}

/** `previous` when `next` holds the same objects in the same order (React Flow then has nothing to update). */
function keepSameList<T>(next: T[], previous: T[]): T[] {
  return next.length === previous.length && next.every((item, i) => item === previous[i]) ? previous : next
}

/**
 * Remembers the last nodes and edges so unchanged ones keep their object identity across edits, and the lists
 * themselves when nothing in them changed: React Flow copies a new list into its store in an effect and re-renders
 * from there, which an edit that does not change the picture (most of them) should not cost.
 */
export function createFlowCache() {
  let nodes: TrafficFlowNode[] = []
  let edges: TrafficFlowEdge[] = []
  return {
    nodes(graph: TrafficGraph, layout: DiagramLayout, target: string | undefined): TrafficFlowNode[] {
      nodes = keepSameList(toFlowNodes(graph, layout, target, nodes), nodes)
      return nodes
    },
    edges(graph: TrafficGraph, layout: DiagramLayout): TrafficFlowEdge[] {
      edges = keepSameList(toFlowEdges(graph, placeLabels(graph, layout), edges, layout), edges)
      return edges
    },
  }
}
