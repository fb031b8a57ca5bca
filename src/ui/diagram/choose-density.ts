import type { TrafficGraph } from '../../core/traffic/traffic-graph-types.ts'
import { densities, type Density } from './density.ts'
import { layoutGraph, type DiagramLayout } from './layout.ts'

// The diagram's text is sized for zoom 1 (names 14 px, the smallest text 11.5 px): the pane gets the richest density
// that still fits at about that zoom, so what a person reads never depends on zooming in.

/** Room kept free around the graph when it is fitted to the pane, in screen pixels. */
export const FIT_PADDING_PX = 8
/** The richest density is taken when the whole graph fits at this zoom or more. */
export const LEGIBLE_ZOOM = 0.95
/** The view never zooms in further than this to fill a large pane. */
export const MAX_FIT_ZOOM = 1.25

export interface PaneSize {
  readonly width: number
  readonly height: number
}

/** The zoom at which the whole layout fits the pane (padding included). */
export function fitZoom(layout: Pick<DiagramLayout, 'width' | 'height'>, pane: PaneSize): number {
  if (layout.width <= 0 || layout.height <= 0) return MAX_FIT_ZOOM
  const room = (size: number) => Math.max(1, size - 2 * FIT_PADDING_PX)
  return Math.min(MAX_FIT_ZOOM, room(pane.width) / layout.width, room(pane.height) / layout.height)
}

/**
 * The layout for a pane: the richest density whose whole graph fits at a legible zoom, else the one that fits at
 * the largest zoom. Depends only on the graph's structure and the pane size, so it is deterministic.
 */
export function chooseLayout(graph: Pick<TrafficGraph, 'nodes' | 'edges'>, pane: PaneSize | undefined): DiagramLayout {
  const layouts = densities.map((d: Density) => layoutGraph(graph, d))
  if (!pane || pane.width <= 0 || pane.height <= 0) return layouts[0]!
  const legible = layouts.find((l) => fitZoom(l, pane) >= LEGIBLE_ZOOM)
  return legible ?? layouts.reduce((best, l) => (fitZoom(l, pane) > fitZoom(best, pane) ? l : best))
}
