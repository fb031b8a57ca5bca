import type { Canary } from '../../core/catalog/canary-fields.ts'
import {
  analysisIntervalSeconds,
  analysisThreshold,
  deploymentStrategy,
  effectiveIterations,
  maxWeight,
  progressDeadlineSeconds,
  type Strategy,
} from '../../core/model/effective.ts'
import { selectShownCanary } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'

// The effective analysis settings (Flagger's defaults applied), shown until the simulated timeline lands.

const strategyLabel: Record<Strategy, string> = {
  canary: 'Canary: traffic shifts in steps',
  'ab-testing': 'A/B testing: matched requests go to the canary',
  'blue-green': 'Blue/green: canary tested, then switched at once',
}

function Fact({ label, value, path }: { label: string; value: string; path: string }) {
  return (
    <div className="fact" data-path={path}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function facts(canary: Canary): { label: string; value: string; path: string }[] {
  const analysis = canary.spec?.analysis
  const strategy = deploymentStrategy(canary)
  const shifting =
    strategy === 'canary'
      ? [
          { label: 'Max weight', value: `${maxWeight(analysis)}%`, path: 'spec.analysis.maxWeight' },
          {
            label: 'Step weight',
            value: analysis?.stepWeights ? analysis.stepWeights.join(' → ') + '%' : `${analysis?.stepWeight ?? 0}%`,
            path: 'spec.analysis.stepWeight',
          },
        ]
      : [{ label: 'Iterations', value: String(effectiveIterations(canary)), path: 'spec.analysis.iterations' }]
  return [
    { label: 'Strategy', value: strategyLabel[strategy], path: 'spec.analysis' },
    { label: 'Interval', value: `${analysisIntervalSeconds(analysis)} s`, path: 'spec.analysis.interval' },
    { label: 'Threshold', value: `${analysisThreshold(analysis)} failed checks`, path: 'spec.analysis.threshold' },
    ...shifting,
    { label: 'Progress deadline', value: `${progressDeadlineSeconds(canary)} s`, path: 'spec.progressDeadlineSeconds' },
  ]
}

/** The rollout settings as Flagger will read them, with the checks and hooks each analysis step runs. */
export function TimelinePane() {
  const canary = useStudio(selectShownCanary)
  const analysis = canary?.spec?.analysis
  return (
    <section className="pane pane--timeline" aria-label="Rollout">
      <header className="pane__header">
        <h2>Rollout</h2>
        <span className="pane__hint">effective values, Flagger defaults applied</span>
      </header>
      {canary ? (
        <div className="pane__body rollout">
          <dl className="facts">
            {facts(canary).map((f) => (
              <Fact key={f.label} {...f} />
            ))}
          </dl>
          <div className="rollout__lists">
            <div>
              <h3>Checks every step</h3>
              <ul>
                {(analysis?.metrics ?? []).map((m, i) => (
                  <li key={`${i}:${m.name}`}>
                    <code>{m.name ?? '(unnamed)'}</code>{' '}
                    {m.thresholdRange?.min !== undefined && `≥ ${m.thresholdRange.min}`}
                    {m.thresholdRange?.max !== undefined && ` ≤ ${m.thresholdRange.max}`}{' '}
                    {m.interval && <span className="muted">over {m.interval}</span>}
                  </li>
                ))}
                {(analysis?.metrics ?? []).length === 0 && <li className="muted">no metrics: every check passes</li>}
              </ul>
            </div>
            <div>
              <h3>Webhooks</h3>
              <ul>
                {(analysis?.webhooks ?? []).map((w, i) => (
                  <li key={`${i}:${w.name}`}>
                    {/* Flagger runAnalysis treats an empty type as rollout. */}
                    <span className="tag">{w.type || 'rollout'}</span> <code>{w.name ?? '(unnamed)'}</code>
                  </li>
                ))}
                {(analysis?.webhooks ?? []).length === 0 && <li className="muted">none</li>}
              </ul>
            </div>
          </div>
        </div>
      ) : (
        <p className="pane__empty">No Canary to simulate yet.</p>
      )}
    </section>
  )
}
