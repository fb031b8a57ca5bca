import { useCallback, useMemo, type KeyboardEvent } from 'react'
import type { Canary } from '../../core/catalog/canary-fields.ts'
import { summarizeTimeline } from '../../core/simulate/summary.ts'
import type { Timeline, WhatIf } from '../../core/simulate/types.ts'
import { selectTick } from '../../store/intents/select-tick.ts'
import { isEmptyWhatIf, setWhatIf } from '../../store/intents/set-what-if.ts'
import { selectActiveTickIndex, selectShownCanary, selectTimeline } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { tracksFor } from './ChartTracks.tsx'
import { HeadlineFigures } from './HeadlineFigures.tsx'
import { describeTick, TickDetails } from './TickDetails.tsx'
import { TimelineChart } from './TimelineChart.tsx'
import { TimelineLegend } from './TimelineLegend.tsx'
import { definedGates, hookLanes } from './timeline-tracks.ts'
import { useElementWidth } from './use-element-width.ts'
import { usePlayback } from './use-playback.ts'
import { withFailFrom } from './what-if-edit.ts'
import { useTickMoveNotice } from './use-tick-move-notice.ts'
import { WhatIfControls } from './WhatIfControls.tsx'

const keySteps: Record<string, (index: number, last: number) => number> = {
  ArrowLeft: (i) => i - 1,
  ArrowRight: (i) => i + 1,
  Home: () => 0,
  End: (_, last) => last,
}

function usePlayControls(timeline: Timeline | undefined) {
  const store = useStudioStore()
  const advance = useCallback(() => {
    const state = store.getState()
    const last = (selectTimeline(state)?.ticks.length ?? 1) - 1
    const index = selectActiveTickIndex(state)
    if (index >= last) return false
    selectTick(store, index + 1)
    return true
  }, [store])
  const [playing, setPlaying] = usePlayback(advance)
  const toggle = () => {
    const state = store.getState()
    if (!playing && timeline && selectActiveTickIndex(state) >= timeline.ticks.length - 1) selectTick(store, 0)
    setPlaying(!playing)
  }
  return { playing, toggle }
}

function TimelineBody({
  canary,
  timeline,
  whatIf,
  active,
}: {
  canary: Canary
  timeline: Timeline
  whatIf: WhatIf
  active: number
}) {
  const store = useStudioStore()
  const [chartRef, width] = useElementWidth<HTMLDivElement>()
  const lanes = useMemo(() => hookLanes(canary), [canary])
  const tracks = useMemo(() => tracksFor(timeline, lanes), [timeline, lanes])
  const summary = useMemo(() => summarizeTimeline(canary, timeline), [canary, timeline])
  const isWhatIf = !isEmptyWhatIf(whatIf)
  const last = timeline.ticks.length - 1
  const tick = timeline.ticks[Math.min(active, last)]
  const onKeyDown = (e: KeyboardEvent) => {
    const step = keySteps[e.key]
    if (!step) return
    e.preventDefault()
    selectTick(store, Math.max(0, Math.min(last, step(active, last))))
  }
  return (
    <>
      {timeline.outcome === 'halted' && (
        <p className="tl-halt" role="alert">
          <strong>Halted{timeline.truncated ? ' (simulation cut off)' : ''}:</strong>{' '}
          {timeline.haltReason ?? 'the run stops making progress.'}
        </p>
      )}
      <p className="tl-summary" data-testid="timeline-summary">
        {summary}
      </p>
      <HeadlineFigures canary={canary} timeline={timeline} isWhatIf={isWhatIf} />
      <div
        ref={chartRef}
        className="tl-chart-wrap"
        tabIndex={0}
        role="slider"
        aria-label="Rollout timeline: ← → choose a tick, Home / End jump to the first / last"
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={active}
        aria-valuetext={tick ? describeTick(tick, timeline.ticks.length) : undefined}
        data-testid="timeline-chart"
        onKeyDown={onKeyDown}
      >
        <TimelineChart
          timeline={timeline}
          tracks={tracks}
          whatIf={whatIf}
          active={active}
          width={width}
          onSelect={(k) => selectTick(store, k)}
        />
      </div>
      <TimelineLegend timeline={timeline} tracks={tracks} />
      <div className="tl-bottom">
        {tick && (
          <TickDetails
            timeline={timeline}
            tick={tick}
            onFailFromHere={(k) => setWhatIf(store, withFailFrom(whatIf, k))}
          />
        )}
        <WhatIfControls
          whatIf={whatIf}
          gates={definedGates(canary)}
          isActive={isWhatIf}
          onChange={(w) => setWhatIf(store, w)}
        />
      </div>
    </>
  )
}

/** The simulated analysis under the diagram: summary, headline figures, the chart, the selected tick, what-ifs. */
export function TimelinePane() {
  const store = useStudioStore()
  const canary = useStudio(selectShownCanary)
  const timeline = useStudio(selectTimeline)
  const active = useStudio(selectActiveTickIndex)
  const whatIf = useStudio((s) => s.whatIf)
  const isStale = useStudio((s) => s.analysis.status !== 'ok')
  const { playing, toggle } = usePlayControls(timeline)
  const tickNotice = useTickMoveNotice()
  const count = timeline?.ticks.length ?? 0
  const go = (k: number) => selectTick(store, Math.max(0, Math.min(count - 1, k)))
  return (
    <section className={`pane pane--timeline${isStale ? ' is-stale' : ''}`} aria-label="Rollout timeline">
      <header className="pane__header tl-header">
        <h2>Rollout</h2>
        <span className="pane__hint">
          {isStale ? 'YAML has errors: showing the last valid Canary' : 'Flagger’s analysis, simulated tick by tick'}
        </span>
        {tickNotice && (
          <span className="tl-chip tl-chip--moved" role="status" title={tickNotice} data-testid="timeline-tick-notice">
            {tickNotice}
          </span>
        )}
        {!isEmptyWhatIf(whatIf) && <span className="tl-chip tl-chip--whatif">what-if</span>}
        {timeline && (
          <div className="tl-transport">
            <button
              type="button"
              className="tl-button"
              aria-label="Previous tick"
              disabled={active <= 0}
              onClick={() => go(active - 1)}
            >
              ‹
            </button>
            <button
              type="button"
              className="tl-button tl-button--play"
              aria-label={playing ? 'Pause' : 'Play through the ticks'}
              aria-pressed={playing}
              onClick={toggle}
            >
              {playing ? '❚❚' : '▶'}
            </button>
            <button
              type="button"
              className="tl-button"
              aria-label="Next tick"
              disabled={active >= count - 1}
              onClick={() => go(active + 1)}
            >
              ›
            </button>
            <span className="tl-position" data-testid="timeline-position">
              T{active} / {count - 1}
            </span>
          </div>
        )}
      </header>
      {canary && timeline ? (
        <div className="pane__body tl-body">
          <TimelineBody canary={canary} timeline={timeline} whatIf={whatIf} active={active} />
        </div>
      ) : (
        <p className="pane__empty">No Canary to simulate yet.</p>
      )}
    </section>
  )
}
