import type { VirtualService } from '../../core/generate/istio-types.ts'
import type { RouteDecision } from '../../core/route/trace-request-types.ts'
import { decisionFacts, formatPercent, outcomeLabel } from './decision-facts.ts'

interface Props {
  readonly decision: RouteDecision
  readonly virtualService: VirtualService | undefined
  /** The target workload's name: the one that runs the new version (drawn in the canary colour). */
  readonly canaryWorkload: string
  /** "tick 1 · primary 90 % / canary 10 %": the routing the answer is for. */
  readonly tickLabel: string
}

/** Where the traced request goes: the outcome and its reason first, then the shares, the mirror and the route's facts. */
export function DecisionView({ decision, virtualService, canaryWorkload, tickLabel }: Props) {
  const role = (name: string) => (name === canaryWorkload ? 'canary' : 'primary')
  return (
    <section className="decision" aria-label="Where the request goes" aria-live="polite">
      <header className="decision__head">
        <span className={`decision__outcome decision__outcome--${decision.admitted ? 'served' : 'rejected'}`} data-testid="trace-outcome">
          {outcomeLabel(decision)}
        </span>
        <span className="decision__tick">{tickLabel}</span>
      </header>
      <p className="decision__why" data-testid="trace-explanation">
        {decision.explanation}
      </p>
      {decision.workloads.length > 0 && (
        <ul className="decision__shares" aria-label="Workloads that serve it">
          {decision.workloads.map((w) => (
            <li key={w.name} className={`share share--${role(w.name)}`} data-testid="trace-share" data-workload={w.name} data-percent={w.percent}>
              <span className="share__name" title={`through Service ${w.service}`}>
                {w.name}
                <small> via {w.service}</small>
              </span>
              <span className="share__bar" aria-hidden="true">
                <span className="share__fill" style={{ width: `${w.percent}%` }} />
              </span>
              <span className="share__percent">{formatPercent(w.percent)}</span>
            </li>
          ))}
        </ul>
      )}
      {decision.mirror && (
        <p className="decision__mirror" data-testid="trace-mirror">
          <span className="decision__mirror-tag">mirror</span> a copy of {formatPercent(decision.mirror.percent)} of these requests also goes to{' '}
          <strong>{decision.mirror.name}</strong> (Service {decision.mirror.service}); its answers are discarded.
        </p>
      )}
      <dl className="decision__facts">
        {decisionFacts(decision, virtualService).map((f) => (
          <div key={f.label} className="decision__fact">
            <dt>{f.label}</dt>
            <dd>{f.label === 'Set-Cookie' ? <code>{f.value}</code> : f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
