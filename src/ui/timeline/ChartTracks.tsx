import { memo } from 'react'
import type { Tick, Timeline, WhatIf } from '../../core/simulate/types.ts'
import { isGateRefusing } from '../../core/simulate/what-if.ts'
import type { ChartLayout } from './chart-layout.ts'
import { runsBy, type LaneHook } from './timeline-tracks.ts'

/** One row under the weight plot. */
export type Track = { readonly id: 'analysis' | 'failed-checks' | 'mirrored' } | { readonly id: 'hook'; readonly hook: LaneHook }

export const trackLabel = (t: Track): string => (t.id === 'hook' ? t.hook : t.id === 'failed-checks' ? 'failed checks' : t.id)

/** The tracks a run needs: analysis and failed checks when they happen, mirroring when it applies, then the hooks. */
export function tracksFor(timeline: Timeline, hooks: readonly LaneHook[]): Track[] {
  const tracks: Track[] = []
  if (timeline.ticks.some((t) => t.analysis || t.failed)) tracks.push({ id: 'analysis' })
  if (timeline.ticks.some((t) => t.failedChecks > 0)) tracks.push({ id: 'failed-checks' })
  if (timeline.mirror || timeline.ticks.some((t) => t.mirrored)) tracks.push({ id: 'mirrored' })
  for (const hook of hooks) tracks.push({ id: 'hook', hook })
  return tracks
}

type Marker = 'passed' | 'failed' | 'hook' | 'gate' | 'refused'

function markerOf(track: Track, tick: Tick, whatIf: WhatIf): Marker | undefined {
  if (track.id === 'analysis') return tick.analysis || tick.failed ? (tick.failed ? 'failed' : 'passed') : undefined
  if (track.id !== 'hook' || !tick.hooks.includes(track.hook)) return undefined
  const hook = track.hook
  if (hook === 'confirm-rollout' || hook === 'confirm-traffic-increase' || hook === 'confirm-promotion')
    return isGateRefusing(whatIf, hook, tick.tick) ? 'refused' : 'gate'
  // A pre-rollout failure fails the tick without an analysis (flagger-semantics §a.9 Ex1, second what-if).
  if (hook === 'pre-rollout' && tick.failed && !tick.analysis) return 'failed'
  return 'hook'
}

// Memoised: a run re-simulated by an edit mostly keeps its markers where they were.
const MarkerShape = memo(function MarkerShape({ kind, cx, cy }: { kind: Marker; cx: number; cy: number }) {
  if (kind === 'passed') return <circle className="tl-mark tl-mark--passed" cx={cx} cy={cy} r={3.5} />
  if (kind === 'failed' || kind === 'refused')
    return (
      <g className={`tl-mark tl-mark--${kind}`}>
        <rect x={cx - 4} y={cy - 4} width={8} height={8} rx={1.5} />
        <path d={`M${cx - 2} ${cy - 2}L${cx + 2} ${cy + 2}M${cx + 2} ${cy - 2}L${cx - 2} ${cy + 2}`} />
      </g>
    )
  if (kind === 'gate') return <path className="tl-mark tl-mark--gate" d={`M${cx} ${cy - 4.5}L${cx + 4.5} ${cy}L${cx} ${cy + 4.5}L${cx - 4.5} ${cy}Z`} />
  return <rect className="tl-mark tl-mark--hook" x={cx - 3.5} y={cy - 3.5} width={7} height={7} rx={1.5} />
})

function Lane({ track, timeline, whatIf, layout, top }: { track: Track; timeline: Timeline; whatIf: WhatIf; layout: ChartLayout; top: number }) {
  const mid = top + layout.laneHeight / 2
  const t0 = (k: number) => layout.x(k * timeline.intervalSeconds)
  if (track.id === 'mirrored') {
    return runsBy(timeline.ticks, (t) => (t.mirrored ? true : undefined)).map((r) => (
      <rect key={r.from} className="tl-mirror" x={t0(r.from)} y={mid - 4} width={t0(r.to + 1) - t0(r.from)} height={8} rx={2} />
    ))
  }
  if (track.id === 'failed-checks') {
    const dense = layout.columnWidth < 16
    return timeline.ticks.map((t) =>
      t.failedChecks === 0 ? null : dense ? (
        <rect key={t.tick} className="tl-failed-bar" x={t0(t.tick)} y={mid - 4} width={Math.max(1, layout.columnWidth)} height={8} />
      ) : (
        <text key={t.tick} className="tl-failed-count" x={t0(t.tick) + 1} y={mid + 3.5}>
          {t.failedChecks}
        </text>
      ),
    )
  }
  if (layout.columnWidth < 9) {
    // Too dense for one marker per tick: runs of the same marker draw as bars.
    return runsBy(timeline.ticks, (t) => markerOf(track, t, whatIf)).map((r) => (
      <rect key={r.from} className={`tl-run tl-run--${r.value}`} x={t0(r.from) - 1} y={mid - 3} width={Math.max(2, t0(r.to + 1) - t0(r.from))} height={6} rx={1} />
    ))
  }
  return timeline.ticks.map((t) => {
    const kind = markerOf(track, t, whatIf)
    return kind && <MarkerShape key={t.tick} kind={kind} cx={t0(t.tick)} cy={mid} />
  })
}

/** The analysis, failed-check, mirroring and webhook lanes, with their labels in the left gutter. */
export function ChartTracks({ tracks, timeline, whatIf, layout }: { tracks: readonly Track[]; timeline: Timeline; whatIf: WhatIf; layout: ChartLayout }) {
  return (
    <g className="tl-tracks">
      {tracks.map((track, i) => {
        const top = layout.lanesTop + i * layout.laneHeight
        const label = trackLabel(track)
        return (
          <g key={label} className="tl-lane" data-lane={label}>
            {i % 2 === 0 && <rect className="tl-lane__bg" x={0} y={top} width={layout.right} height={layout.laneHeight} />}
            <text className="tl-lane__label" x={layout.left - 10} y={top + layout.laneHeight / 2 + 3.5}>
              {label}
            </text>
            <Lane track={track} timeline={timeline} whatIf={whatIf} layout={layout} top={top} />
          </g>
        )
      })}
    </g>
  )
}
