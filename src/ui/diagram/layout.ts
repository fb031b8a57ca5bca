import type { TrafficGraph, TrafficLane, TrafficNode } from '../../core/traffic/traffic-graph-types.ts'
import { densityMetrics, shownColumn, type Density, type DensityMetrics } from './density.ts'

// Left-to-right layout from the graph's column/order/lane hints. Positions depend only on the density, the columns,
// the order within a column, the lanes and the number of lines in each box (never on label text), so editing a name
// or a weight never moves a node.

const detailed = densityMetrics.detailed
/** Box widths per column in the detailed density: callers, gateways, VirtualService, Services, workloads, autoscaler. */
export const columnWidths = detailed.columnWidths
/** Horizontal room after each column in the detailed density (edge labels live there). */
export const columnGaps = detailed.columnGaps

export const PAD = detailed.pad
export const HEADER = detailed.header
export const DETAIL_LINE = detailed.detailLine
export const BADGE_ROW = detailed.badgeRow
export const ROUTE_GAP = detailed.routeGap
export const ROUTE_ROW = detailed.routeRow

export interface NodeBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface DiagramLayout {
  readonly density: Density
  readonly boxes: ReadonlyMap<string, NodeBox>
  readonly width: number
  readonly height: number
}

type Sized = Pick<TrafficNode, 'details' | 'badges' | 'routes'>

const laneRank: Record<TrafficLane, number> = { ingress: 0, shared: 1, mesh: 2 }

export function columnX(column: number, m: DensityMetrics = detailed): number {
  let x = 0
  for (let c = 0; c < column; c++) x += (m.columnWidths[c] ?? 200) + (m.columnGaps[c] ?? 80)
  return x
}

const detailCount = (node: Sized, m: DensityMetrics) => (m.showsDetails ? node.details.length : 0)
const badgeHeight = (node: Sized, m: DensityMetrics) =>
  m.showsDetails && node.badges && node.badges.length > 0 ? m.badgeRow : 0

/** Height of a node's box: header, detail lines, a badge row, then one row per route. */
export function nodeHeight(node: Sized, density: Density = 'detailed'): number {
  const m = densityMetrics[density]
  const routes = node.routes && node.routes.length > 0 ? m.routeGap + node.routes.length * m.routeRow : 0
  return m.pad + m.header + detailCount(node, m) * m.detailLine + badgeHeight(node, m) + routes + m.pad
}

/** Offset from the top of the box to the middle of route row `index` (where its source handle sits). */
export function routeHandleOffset(
  node: Pick<TrafficNode, 'details' | 'badges'>,
  index: number,
  density: Density = 'detailed',
): number {
  const m = densityMetrics[density]
  return (
    m.pad +
    m.header +
    detailCount(node, m) * m.detailLine +
    badgeHeight(node, m) +
    m.routeGap +
    index * m.routeRow +
    m.routeRow / 2
  )
}

function stackHeight(nodes: readonly TrafficNode[], density: Density): number {
  const gap = densityMetrics[density].rowGap
  return nodes.reduce((h, n, i) => h + nodeHeight(n, density) + (i > 0 ? gap : 0), 0)
}

/** Nodes of each shown column, sorted ingress lane first, then by order (ties by id, so the result is stable). */
function columnsOf(graph: Pick<TrafficGraph, 'nodes' | 'edges'>, density: Density): Map<number, TrafficNode[]> {
  const columns = new Map<number, TrafficNode[]>()
  for (const n of graph.nodes) {
    const column = shownColumn(n, graph, density)
    if (column !== undefined) columns.set(column, [...(columns.get(column) ?? []), n])
  }
  for (const list of columns.values())
    list.sort((a, b) => laneRank[a.lane] - laneRank[b.lane] || a.order - b.order || a.id.localeCompare(b.id))
  return columns
}

/** Places one column: the ingress lane at the top, the mesh lane at the bottom, shared nodes centred between. */
function placeColumn(
  list: readonly TrafficNode[],
  x: number,
  width: number,
  height: number,
  density: Density,
  boxes: Map<string, NodeBox>,
) {
  const gap = densityMetrics[density].rowGap
  const h = (n: TrafficNode) => nodeHeight(n, density)
  const ingress = list.filter((n) => n.lane === 'ingress')
  const shared = list.filter((n) => n.lane === 'shared')
  const mesh = list.filter((n) => n.lane === 'mesh')
  let y = 0
  for (const n of ingress) {
    boxes.set(n.id, { x, y, width, height: h(n) })
    y += h(n) + gap
  }
  const ingressBottom = ingress.length > 0 ? y : 0
  let meshTop = height - stackHeight(mesh, density)
  const meshStart = meshTop
  for (const n of mesh) {
    boxes.set(n.id, { x, y: meshTop, width, height: h(n) })
    meshTop += h(n) + gap
  }
  const room = (mesh.length > 0 ? meshStart - gap : height) - ingressBottom
  const sharedHeight = stackHeight(shared, density)
  let sy = ingressBottom + Math.max(0, (room - sharedHeight) / 2)
  if (mesh.length > 0 && ingress.length === 0) sy = Math.max(0, Math.min(sy, (height - sharedHeight) / 2))
  sy = Math.round(sy)
  for (const n of shared) {
    boxes.set(n.id, { x, y: sy, width, height: h(n) })
    sy += h(n) + gap
  }
}

/**
 * Places every shown node of the density: columns left to right; in each column the ingress lane at the top, the
 * mesh lane at the bottom and shared nodes centred between them, so the two request paths are drawn apart.
 */
export function layoutGraph(
  graph: Pick<TrafficGraph, 'nodes' | 'edges'>,
  density: Density = 'detailed',
): DiagramLayout {
  const m = densityMetrics[density]
  const columns = columnsOf(graph, density)
  const hasBothLanes = [...columns.values()].some(
    (l) => l.some((n) => n.lane === 'ingress') && l.some((n) => n.lane === 'mesh'),
  )
  const height = Math.max(
    0,
    ...[...columns.values()].map((l) => stackHeight(l, density) + (hasBothLanes ? m.laneGap : 0)),
  )
  const boxes = new Map<string, NodeBox>()
  let width = 0
  for (const [column, list] of columns) {
    const x = columnX(column, m)
    const w = m.columnWidths[column] ?? 200
    width = Math.max(width, x + w)
    placeColumn(list, x, w, height, density, boxes)
  }
  return { density, boxes, width, height }
}

/** Where an edge leaves (right side of its source, or its route row) and arrives (left middle of its target). */
export function edgeEndpoints(
  layout: DiagramLayout,
  nodes: ReadonlyMap<string, TrafficNode>,
  edge: { source: string; target: string; sourceHandle?: string },
): { sx: number; sy: number; tx: number; ty: number } | undefined {
  const s = layout.boxes.get(edge.source)
  const t = layout.boxes.get(edge.target)
  const sourceNode = nodes.get(edge.source)
  if (!s || !t || !sourceNode) return undefined
  const route = edge.sourceHandle?.startsWith('route:') ? Number(edge.sourceHandle.slice('route:'.length)) : undefined
  const sy =
    route !== undefined && sourceNode.routes
      ? s.y + routeHandleOffset(sourceNode, route, layout.density)
      : s.y + s.height / 2
  // An edge pointing back to an earlier column (autoscaler → workload) leaves from the left, arrives on the right.
  if (t.x < s.x) return { sx: s.x, sy, tx: t.x + t.width, ty: t.y + t.height / 2 }
  return { sx: s.x + s.width, sy, tx: t.x, ty: t.y + t.height / 2 }
}
