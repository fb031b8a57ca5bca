import { useState, type PointerEvent } from 'react'
import type { Timeline, WhatIf } from '../../core/simulate/types.ts'
import { chartLayout, tickAtX, type ChartLayout } from './chart-layout.ts'
import { ChartTracks, type Track } from './ChartTracks.tsx'
import { formatAxisTime, timeAxisTicks } from './time-axis.ts'
import { phaseRuns, weightCorners } from './timeline-tracks.ts'

interface ChartProps {
  readonly timeline: Timeline
  readonly tracks: readonly Track[]
  readonly whatIf: WhatIf
  readonly active: number
  readonly width: number
  readonly onSelect: (tick: number) => void
}

/** The step line of a weight series (canary, or primary = 100 − canary), closed to 0 when `area`. */
function stepPath(timeline: Timeline, layout: ChartLayout, weightOf: (canary: number) => number, area: boolean): string {
  const corners = weightCorners(timeline.ticks)
  const xAt = (k: number) => layout.x(k * timeline.intervalSeconds).toFixed(1)
  let d = ''
  corners.forEach((c, i) => {
    const y = layout.y(weightOf(c.weight)).toFixed(1)
    d += i === 0 ? `M${xAt(c.tick)} ${y}` : `H${xAt(c.tick)}V${y}`
  })
  d += `H${layout.right.toFixed(1)}`
  return area ? `${d}V${layout.y(0).toFixed(1)}H${xAt(0)}Z` : d
}

function WeightPlot({ timeline, layout }: { timeline: Timeline; layout: ChartLayout }) {
  return (
    <g className="tl-plot">
      {[0, 25, 50, 75, 100].map((w) => (
        <g key={w}>
          <line className={w % 50 === 0 ? 'tl-grid tl-grid--major' : 'tl-grid'} x1={layout.left} x2={layout.right} y1={layout.y(w)} y2={layout.y(w)} />
          {w % 50 === 0 && (
            <text className="tl-axis-label tl-axis-label--y" x={layout.left - 6} y={layout.y(w) + 3.5}>
              {w}%
            </text>
          )}
        </g>
      ))}
      <text className="tl-lane__label" x={layout.left - 40} y={layout.y(50) + 3.5}>
        weight
      </text>
      <path className="tl-primary-line" d={stepPath(timeline, layout, (c) => 100 - c, false)} />
      <path className="tl-canary-area" d={stepPath(timeline, layout, (c) => c, true)} />
      <path className="tl-canary-line" d={stepPath(timeline, layout, (c) => c, false)} />
    </g>
  )
}

function PhaseBand({ timeline, layout }: { timeline: Timeline; layout: ChartLayout }) {
  const xAt = (k: number) => layout.x(k * timeline.intervalSeconds)
  return (
    <g className="tl-band">
      <text className="tl-lane__label" x={layout.left - 10} y={layout.bandTop + layout.bandHeight / 2 + 3.5}>
        phase
      </text>
      {phaseRuns(timeline.ticks).map((run) => {
        const x = xAt(run.from)
        const w = xAt(run.to + 1) - x
        return (
          <g key={run.from} className={`tl-phase tl-phase--${run.value}`}>
            <rect x={x + 0.5} y={layout.bandTop} width={Math.max(1, w - 1)} height={layout.bandHeight} rx={2} />
            {w > run.value.length * 6 + 8 && (
              <text x={x + 5} y={layout.bandTop + layout.bandHeight / 2 + 3.5}>
                {run.value}
              </text>
            )}
            <title>{`${run.value}: T${run.from}${run.to > run.from ? `–T${run.to}` : ''}`}</title>
          </g>
        )
      })}
    </g>
  )
}

function TimeAxis({ timeline, layout }: { timeline: Timeline; layout: ChartLayout }) {
  // Labels stop at the last tick's time; its column extends one interval beyond.
  const total = (timeline.ticks.length - 1) * timeline.intervalSeconds
  return (
    <g className="tl-axis">
      <line className="tl-grid tl-grid--major" x1={layout.left} x2={layout.right} y1={layout.axisTop} y2={layout.axisTop} />
      {timeAxisTicks(total, timeline.intervalSeconds, layout.x(total) - layout.left).map((s) => (
        <g key={s}>
          <line className="tl-grid" x1={layout.x(s)} x2={layout.x(s)} y1={layout.axisTop} y2={layout.axisTop + 4} />
          <text className="tl-axis-label" x={layout.x(s)} y={layout.axisTop + 14} textAnchor={s === 0 ? 'start' : 'middle'}>
            {formatAxisTime(s)}
          </text>
        </g>
      ))}
    </g>
  )
}

function Cursor({ timeline, layout, tick, kind }: { timeline: Timeline; layout: ChartLayout; tick: number; kind: 'active' | 'hover' }) {
  const t = timeline.ticks[tick]
  if (!t) return null
  const x = layout.x(tick * timeline.intervalSeconds)
  if (kind === 'hover') return <rect className="tl-hover" x={x} y={layout.plotTop} width={layout.columnWidth} height={layout.axisTop - layout.plotTop} />
  const labelX = Math.min(x + 5, layout.right - 30)
  return (
    <g className="tl-cursor">
      <rect className="tl-cursor__column" x={x} y={layout.plotTop} width={Math.max(2, layout.columnWidth)} height={layout.axisTop - layout.plotTop} />
      <line className="tl-cursor__line" x1={x} x2={x} y1={layout.plotTop - 4} y2={layout.axisTop} />
      <circle className="tl-cursor__dot" cx={x} cy={layout.y(t.canaryWeight)} r={3.5} />
      <text className="tl-cursor__label" x={labelX} y={Math.max(layout.plotTop + 9, layout.y(t.canaryWeight) - 5)}>
        {t.canaryWeight}%
      </text>
    </g>
  )
}

/** The rollout over wall-clock time: canary weight steps, phase bands, lanes of markers; a click picks a tick. */
export function TimelineChart({ timeline, tracks, whatIf, active, width, onSelect }: ChartProps) {
  const [hover, setHover] = useState<number | null>(null)
  if (width <= 0) return null
  const layout = chartLayout(timeline, tracks.length, width)
  const tickAt = (e: PointerEvent<SVGRectElement>) =>
    tickAtX(layout, e.clientX - e.currentTarget.getBoundingClientRect().left + layout.left, timeline.ticks.length)
  return (
    <svg className="tl-chart" width={layout.width} height={layout.height} role="presentation">
      <WeightPlot timeline={timeline} layout={layout} />
      <PhaseBand timeline={timeline} layout={layout} />
      <ChartTracks tracks={tracks} timeline={timeline} whatIf={whatIf} layout={layout} />
      <TimeAxis timeline={timeline} layout={layout} />
      {hover !== null && hover !== active && <Cursor timeline={timeline} layout={layout} tick={hover} kind="hover" />}
      <Cursor timeline={timeline} layout={layout} tick={active} kind="active" />
      <rect
        className="tl-hit"
        data-testid="timeline-hit-area"
        x={layout.left}
        y={0}
        width={layout.right - layout.left}
        height={layout.height}
        onPointerMove={(e) => setHover(tickAt(e))}
        onPointerLeave={() => setHover(null)}
        onPointerDown={(e) => onSelect(tickAt(e))}
      />
    </svg>
  )
}
