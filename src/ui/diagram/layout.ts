import type { TrafficGraph, TrafficLane, TrafficNode } from '../../core/traffic/traffic-graph-types.ts'

// Left-to-right layout from the graph's column/order/lane hints. Positions depend only on the columns, the order
// within a column, the lanes and the number of lines in each box (never on label text), so editing a name or a
// weight never moves a node.

/** Box widths per column: callers, gateways, VirtualService, Services, workloads, autoscaler. */
export const columnWidths = [150, 220, 250, 215, 180, 170] as const
/** Horizontal room after each column (edge labels live there). */
export const columnGaps = [56, 64, 170, 70, 56] as const

export const PAD = 8
export const HEADER = 34
export const DETAIL_LINE = 16
export const BADGE_ROW = 24
export const ROUTE_GAP = 6
export const ROUTE_ROW = 26
const ROW_GAP = 22
const LANE_GAP = 56

export interface NodeBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface DiagramLayout {
  readonly boxes: ReadonlyMap<string, NodeBox>
  readonly width: number
  readonly height: number
}

const laneRank: Record<TrafficLane, number> = { ingress: 0, shared: 1, mesh: 2 }

export function columnX(column: number): number {
  let x = 0
  for (let c = 0; c < column; c++) x += (columnWidths[c] ?? 200) + (columnGaps[c] ?? 80)
  return x
}

/** Height of a node's box: header, detail lines, a badge row, then one row per route. */
export function nodeHeight(node: Pick<TrafficNode, 'details' | 'badges' | 'routes'>): number {
  const badges = node.badges && node.badges.length > 0 ? BADGE_ROW : 0
  const routes = node.routes && node.routes.length > 0 ? ROUTE_GAP + node.routes.length * ROUTE_ROW : 0
  return PAD + HEADER + node.details.length * DETAIL_LINE + badges + routes + PAD
}

/** Offset from the top of the box to the middle of route row `index` (where its source handle sits). */
export function routeHandleOffset(node: Pick<TrafficNode, 'details' | 'badges'>, index: number): number {
  const badges = node.badges && node.badges.length > 0 ? BADGE_ROW : 0
  return PAD + HEADER + node.details.length * DETAIL_LINE + badges + ROUTE_GAP + index * ROUTE_ROW + ROUTE_ROW / 2
}

const stackHeight = (nodes: readonly TrafficNode[]) => nodes.reduce((h, n, i) => h + nodeHeight(n) + (i > 0 ? ROW_GAP : 0), 0)

/**
 * Places every node: columns left to right; in each column the ingress lane at the top, the mesh lane at the
 * bottom and shared nodes centred between them, so the two request paths are drawn apart.
 */
export function layoutGraph(graph: Pick<TrafficGraph, 'nodes'>): DiagramLayout {
  const columns = new Map<number, TrafficNode[]>()
  for (const n of graph.nodes) columns.set(n.column, [...(columns.get(n.column) ?? []), n])
  for (const list of columns.values()) list.sort((a, b) => laneRank[a.lane] - laneRank[b.lane] || a.order - b.order || a.id.localeCompare(b.id))
  const hasBothLanes = [...columns.values()].some((l) => l.some((n) => n.lane === 'ingress') && l.some((n) => n.lane === 'mesh'))
  const height = Math.max(0, ...[...columns.values()].map((l) => stackHeight(l) + (hasBothLanes ? LANE_GAP : 0)))
  const boxes = new Map<string, NodeBox>()
  let width = 0
  for (const [column, list] of columns) {
    const x = columnX(column)
    const w = columnWidths[column] ?? 200
    width = Math.max(width, x + w)
    const ingress = list.filter((n) => n.lane === 'ingress')
    const shared = list.filter((n) => n.lane === 'shared')
    const mesh = list.filter((n) => n.lane === 'mesh')
    let y = 0
    for (const n of ingress) {
      boxes.set(n.id, { x, y, width: w, height: nodeHeight(n) })
      y += nodeHeight(n) + ROW_GAP
    }
    const ingressBottom = ingress.length > 0 ? y : 0
    let meshTop = height - stackHeight(mesh)
    const meshStart = meshTop
    for (const n of mesh) {
      boxes.set(n.id, { x, y: meshTop, width: w, height: nodeHeight(n) })
      meshTop += nodeHeight(n) + ROW_GAP
    }
    const room = (mesh.length > 0 ? meshStart - ROW_GAP : height) - ingressBottom
    const sharedHeight = stackHeight(shared)
    let sy = ingressBottom + Math.max(0, (room - sharedHeight) / 2)
    if (mesh.length > 0 && ingress.length === 0) sy = Math.max(0, Math.min(sy, (height - sharedHeight) / 2))
    sy = Math.round(sy)
    for (const n of shared) {
      boxes.set(n.id, { x, y: sy, width: w, height: nodeHeight(n) })
      sy += nodeHeight(n) + ROW_GAP
    }
  }
  return { boxes, width, height }
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
  const sy = route !== undefined && sourceNode.routes ? s.y + routeHandleOffset(sourceNode, route) : s.y + s.height / 2
  // An edge pointing back to an earlier column (autoscaler → workload) leaves from the left, arrives on the right.
  if (t.x < s.x) return { sx: s.x, sy, tx: t.x + t.width, ty: t.y + t.height / 2 }
  return { sx: s.x + s.width, sy, tx: t.x, ty: t.y + t.height / 2 }
}
