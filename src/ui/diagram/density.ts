import type { TrafficGraph, TrafficNode } from '../../core/traffic/traffic-graph-types.ts'

// How much the diagram draws, chosen from the room its pane has (see choose-density.ts):
// - detailed: every box with its detail lines (ports, selectors, hosts) and badges; what the export draws;
// - chips: every box as its kind and name only (VirtualService routes kept);
// - folded: callers fold into the gateway they call, workloads and the autoscaler into the Service that selects
//   them (a badge), leaving three columns: entry, VirtualService, Services.

export type Density = 'detailed' | 'chips' | 'folded'

/** From the richest picture to the most compact. */
export const densities: readonly Density[] = ['detailed', 'chips', 'folded']

export interface DensityMetrics {
  readonly columnWidths: readonly number[]
  /** Horizontal room after each column (edge labels live there). */
  readonly columnGaps: readonly number[]
  readonly pad: number
  /** Kind line and name. */
  readonly header: number
  readonly detailLine: number
  readonly badgeRow: number
  readonly routeGap: number
  readonly routeRow: number
  readonly rowGap: number
  /** Extra room between the ingress and the mesh lane. */
  readonly laneGap: number
  /** Detail lines and badges are drawn. */
  readonly showsDetails: boolean
}

// Keep in sync with diagram.css (.traffic-node--density-*).
const compact = {
  pad: 5,
  header: 32,
  detailLine: 0,
  badgeRow: 0,
  routeGap: 4,
  routeRow: 20,
  rowGap: 8,
  laneGap: 14,
  showsDetails: false,
} as const

export const densityMetrics: Record<Density, DensityMetrics> = {
  detailed: {
    columnWidths: [150, 220, 250, 215, 180, 170],
    columnGaps: [56, 64, 170, 70, 56],
    pad: 8,
    header: 34,
    detailLine: 16,
    badgeRow: 24,
    routeGap: 6,
    routeRow: 26,
    rowGap: 22,
    laneGap: 56,
    showsDetails: true,
  },
  chips: { ...compact, columnWidths: [140, 180, 180, 165, 160, 150], columnGaps: [24, 30, 66, 30, 28] },
  folded: { ...compact, columnWidths: [160, 165, 195], columnGaps: [22, 56] },
}

/** Callers that only call a gateway drawn in the same picture: folded into it. */
function isFoldedCaller(node: TrafficNode, graph: Pick<TrafficGraph, 'edges'>): boolean {
  return graph.edges.filter((e) => e.source === node.id).every((e) => e.target.startsWith('gateway:'))
}

/** The column a node is drawn in at a density, or undefined when the density folds it into another node. */
export function shownColumn(
  node: TrafficNode,
  graph: Pick<TrafficGraph, 'edges'>,
  density: Density,
): number | undefined {
  if (density !== 'folded') return node.column
  switch (node.kind) {
    case 'caller':
      return isFoldedCaller(node, graph) ? undefined : 0
    case 'gateway':
      return 0
    case 'virtualservice':
      return 1
    case 'service':
      return 2
    default:
      return undefined
  }
}

/** What a folded Service carries as its badge: the workload it selects and what scales it. */
export interface FoldedWorkload {
  /** The workload's name. */
  readonly name: string
  /** Short badge text, e.g. "deploy" or "deploy·hpa". */
  readonly label: string
  /** The whole of it, e.g. "Selects the pods of Deployment checkout-primary; scaled by HorizontalPodAutoscaler checkout". */
  readonly explanation: string
}

/** kubectl's short names, so the badge fits beside the Service's kind line. */
const shortNames: Record<string, string> = {
  Deployment: 'deploy',
  DaemonSet: 'ds',
  StatefulSet: 'sts',
  HorizontalPodAutoscaler: 'hpa',
  ScaledObject: 'keda',
}
const shortKind = (kind: string) => shortNames[kind] ?? kind

/** The workload (and autoscaler) a Service selects, for the folded density's badge. */
export function foldedWorkload(
  service: TrafficNode,
  graph: Pick<TrafficGraph, 'nodes' | 'edges'>,
): FoldedWorkload | undefined {
  const selects = graph.edges.find((e) => e.kind === 'selects' && e.source === service.id)
  const workload = selects && graph.nodes.find((n) => n.id === selects.target)
  if (!workload) return undefined
  const kind = workload.details[0] ?? 'workload'
  const scaler = graph.edges.find((e) => e.kind === 'scales' && e.target === workload.id)
  const autoscaler = scaler && graph.nodes.find((n) => n.id === scaler.source)
  const scalerKind = autoscaler?.details[0] ?? 'autoscaler'
  return {
    name: workload.label,
    label: autoscaler ? `${shortKind(kind)}·${shortKind(scalerKind)}` : shortKind(kind),
    explanation: `Selects the pods of ${kind} ${workload.label}${autoscaler && scaler ? `; scaled by ${scalerKind} ${scaler.label}` : ''}`,
  }
}
