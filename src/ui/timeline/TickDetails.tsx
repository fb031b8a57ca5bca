import type { Tick, Timeline } from '../../core/simulate/types.ts'
import { formatAxisTime } from './time-axis.ts'

/** One sentence about a tick, for the live region and the chart's value text. */
export function describeTick(tick: Tick, count: number): string {
  const analysis = tick.analysis ? (tick.failed ? ', analysis failed' : ', analysis passed') : ''
  return `Tick ${tick.tick} of ${count - 1} at ${formatAxisTime(tick.atSeconds)}: ${tick.phase}, canary ${tick.canaryWeight}%, primary ${tick.primaryWeight}%${tick.mirrored ? ', mirrored' : ''}${analysis}`
}

/** What happened at the selected tick: phase, weights, checks, the hooks in call order and Flagger's events. */
export function TickDetails({ timeline, tick, onFailFromHere }: { timeline: Timeline; tick: Tick; onFailFromHere: (tick: number) => void }) {
  const analysis = tick.analysis ? (tick.failed ? 'failed' : 'passed') : tick.failed ? 'pre-rollout failed' : 'not run'
  return (
    <section className="tl-details" aria-label="Selected tick">
      <header className="tl-details__head">
        <span className="tl-details__tick">T{tick.tick}</span>
        <span className="tl-details__time">{formatAxisTime(tick.atSeconds)}</span>
        <span className={`tl-chip tl-phase--${tick.phase}`}>{tick.phase}</span>
        <button
          type="button"
          className="tl-button tl-button--small"
          disabled={tick.tick < 1}
          onClick={() => onFailFromHere(tick.tick)}
          title={tick.tick < 1 ? 'T0 detects the revision and runs no check' : 'What-if: every check from this tick on fails (pre-rollout hooks, rollout hooks, metrics)'}
        >
          Fail from here
        </button>
      </header>
      <p className="tl-sr" aria-live="polite" data-testid="timeline-announcement">
        {describeTick(tick, timeline.ticks.length)}
      </p>
      <dl className="tl-details__grid">
        <dt>weights</dt>
        <dd>
          <span className="tl-primary-text">primary {tick.primaryWeight}%</span> · <span className="tl-canary-text" data-testid="timeline-canary-weight">canary {tick.canaryWeight}%</span>
          {tick.mirrored && <span className="tl-chip tl-chip--mirror">mirrored</span>}
        </dd>
        <dt>analysis</dt>
        <dd className={tick.failed ? 'tl-bad' : undefined}>
          {analysis} · failed checks {tick.failedChecks}
          {timeline.strategy !== 'canary' && ` · iterations ${tick.iterations}`}
        </dd>
        <dt>hooks</dt>
        <dd>
          {tick.hooks.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ol className="tl-hooks">
              {tick.hooks.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ol>
          )}
        </dd>
        <dt>events</dt>
        <dd>
          {tick.events.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul className="tl-events">
              {tick.events.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  )
}
