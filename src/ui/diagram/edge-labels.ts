import type { TrafficEdge, TrafficGraph } from '../../core/traffic/traffic-graph-types.ts'
import { curve } from './geometry.ts'
import type { Density } from './density.ts'
import { edgeEndpoints, type DiagramLayout } from './layout.ts'
import { showsLabel } from './labels.ts'

// Where each edge label goes: along its curve, at the first spot that overlaps no label placed before it. Only
// labels move with their text; nodes never do.

const MAX_CONDITION = 30

/** What a compact density prints on a bypass arrow (the tooltip and the note say the rest). */
const SHORT_BYPASS = 'bypasses the VirtualService'

/**
 * The text on the arrow: long A/B conditions are cut (the VirtualService box and the tooltip keep them whole). The
 * compact densities print only the weight, as the route row the arrow leaves from names its condition.
 */
export function edgeText(
  edge: Pick<TrafficEdge, 'label'> & { kind?: TrafficEdge['kind'] },
  density: Density = 'detailed',
): string {
  const at = edge.label.lastIndexOf(' · ')
  if (density !== 'detailed') {
    if (edge.kind === 'bypass') return SHORT_BYPASS
    if (at >= 0) return edge.label.slice(at + 3)
  }
  if (at < 0) return edge.label.length > 48 ? `${edge.label.slice(0, 47)}…` : edge.label
  const condition = edge.label.slice(0, at)
  const rest = edge.label.slice(at)
  return condition.length > MAX_CONDITION ? `${condition.slice(0, MAX_CONDITION - 1)}…${rest}` : edge.label
}

export interface LabelBox {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Estimated width of one label line (11px UI font, padding and border included). */
const lineWidth = (line: string) => line.length * 6.3 + 14
/** The widest one-line label that fits between the VirtualService and the Services; wider ones break in two. */
const MAX_LINE_WIDTH = 160

/**
 * The label's bold lines: the text, broken after its condition when one line would not fit between the columns
 * (a cookie route's "cookie checkout-primary · 100%" would otherwise run under the boxes on both sides).
 */
export function labelLines(
  edge: Pick<TrafficEdge, 'label'> & { kind?: TrafficEdge['kind'] },
  density: Density = 'detailed',
): readonly string[] {
  const text = edgeText(edge, density)
  const at = text.lastIndexOf(' · ')
  return at > 0 && lineWidth(text) > MAX_LINE_WIDTH ? [text.slice(0, at), text.slice(at + 3)] : [text]
}

/** Estimated size of a label, used to keep labels apart. */
export function labelSize(
  edge: Pick<TrafficEdge, 'label' | 'secondaryLabel'> & { kind?: TrafficEdge['kind'] },
  density: Density = 'detailed',
): { width: number; height: number } {
  const lines = [
    ...labelLines(edge, density),
    ...(edge.secondaryLabel && density === 'detailed' ? [edge.secondaryLabel] : []),
  ]
  return { width: Math.max(...lines.map(lineWidth)), height: 6 + 13 * lines.length }
}

const candidates = [0.5, 0.62, 0.4, 0.72, 0.3, 0.8, 0.22]

const overlaps = (a: LabelBox, b: LabelBox) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 4 && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2

/** Label position (centre) of every labelled edge except 0 % routes, in the layout's coordinates; active edges first. */
export function placeLabels(
  graph: Pick<TrafficGraph, 'nodes' | 'edges'>,
  layout: DiagramLayout,
): Map<string, LabelBox> {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const placed = new Map<string, LabelBox>()
  const obstacles: LabelBox[] = [...layout.boxes.values()].map((b) => ({
    x: b.x + b.width / 2,
    y: b.y + b.height / 2,
    width: b.width,
    height: b.height,
  }))
  // A 0 % route is drawn faded without a label: the legend says what that means, and the active labels get the room.
  const labelled = graph.edges
    .filter((e) => showsLabel(e.kind) && (e.active || e.kind !== 'route'))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.order - b.order)
  for (const e of labelled) {
    const ends = edgeEndpoints(layout, nodes, e)
    if (!ends) continue
    const size = labelSize(e, layout.density)
    const start = e.kind === 'bypass' ? [0.5, 0.35, 0.65] : candidates
    let chosen: LabelBox | undefined
    for (const t of start) {
      const c = curve(ends.sx, ends.sy, ends.tx, ends.ty, t)
      const box = { x: c.labelX, y: c.labelY, ...size }
      if (![...placed.values(), ...obstacles].some((p) => overlaps(p, box))) {
        chosen = box
        break
      }
      chosen ??= box
    }
    if (chosen) placed.set(e.id, chosen)
  }
  return placed
}
