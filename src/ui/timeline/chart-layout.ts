import type { Timeline } from '../../core/simulate/types.ts'
import { linearScale } from './time-axis.ts'

/** Pixel geometry of the timeline chart: a weight plot, the phase band, then one lane per track. */
export interface ChartLayout {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly right: number
  readonly plotTop: number
  readonly plotBottom: number
  readonly bandTop: number
  readonly bandHeight: number
  readonly lanesTop: number
  readonly laneHeight: number
  readonly axisTop: number
  /** Pixels one tick's column spans (one analysis interval). */
  readonly columnWidth: number
  /** x of tick k's start (tick k happens k × interval after T0). */
  readonly x: (seconds: number) => number
  /** y of a weight in percent. */
  readonly y: (weight: number) => number
}

const gutter = 150
const plotHeight = 84
const laneHeight = 17

/** Lays out the chart for `laneCount` lanes in `width` pixels; the last tick gets a column like the others. */
export function chartLayout(timeline: Timeline, laneCount: number, width: number): ChartLayout {
  const left = gutter
  const right = Math.max(left + 40, width - 14)
  const plotTop = 10
  const plotBottom = plotTop + plotHeight
  const bandTop = plotBottom + 6
  const bandHeight = 15
  const lanesTop = bandTop + bandHeight + 5
  const axisTop = lanesTop + laneCount * laneHeight + 4
  const totalSeconds = Math.max(1, timeline.ticks.length) * timeline.intervalSeconds
  const x = linearScale(0, totalSeconds, left, right)
  return {
    width,
    height: axisTop + 18,
    left,
    right,
    plotTop,
    plotBottom,
    bandTop,
    bandHeight,
    lanesTop,
    laneHeight,
    axisTop,
    columnWidth: (right - left) / Math.max(1, timeline.ticks.length),
    x,
    y: linearScale(0, 100, plotBottom, plotTop),
  }
}

/** The tick index under an x position, clamped to the run. */
export function tickAtX(layout: ChartLayout, px: number, tickCount: number): number {
  const k = Math.floor((px - layout.left) / layout.columnWidth)
  return Math.max(0, Math.min(tickCount - 1, k))
}
