import { useState } from 'react'
import type { StrategyChange } from '../../core/strategy/describe-change.ts'
import {
  detectStrategy,
  findStrategyChoice,
  strategyChoices,
  type StrategyId,
} from '../../core/strategy/strategy-choices.ts'
import { chooseStrategy } from '../../store/intents/choose-strategy.ts'
import { selectShownCanary } from '../../store/selectors.ts'
import type { StudioState } from '../../store/studio-state.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import './strategy-picker.css'

/** What the last switch did: shown until dismissed, replaced by the next switch, or hidden once undone. */
interface SwitchReport {
  readonly before: string
  readonly from: StrategyId
  readonly to: StrategyId
  readonly changes: readonly StrategyChange[]
}

const selectStrategy = (s: StudioState): StrategyId | undefined => {
  const canary = selectShownCanary(s)
  return canary ? detectStrategy(canary) : undefined
}

const titleOf = (id: StrategyId) => findStrategyChoice(id)?.title ?? id

function ChangeList({ report, onDismiss }: { readonly report: SwitchReport; readonly onDismiss: () => void }) {
  return (
    <div className="strategy-picker__report" role="status" aria-label="What the switch changed">
      <p className="strategy-picker__report-head">
        <span>
          Switched from <strong>{titleOf(report.from)}</strong> to <strong>{titleOf(report.to)}</strong>:{' '}
          {report.changes.length} {report.changes.length === 1 ? 'edit' : 'edits'}, one undo step.
        </span>
        <button type="button" className="text-button" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
      <ul className="strategy-picker__changes">
        {report.changes.map((c) => (
          <li key={`${c.kind} ${c.path.join('.')}`} className={`strategy-picker__change--${c.kind}`}>
            {c.description}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Flagger's five deployment strategies as one control: picking one rewrites the analysis fields in one step. */
export function StrategyPicker() {
  const store = useStudioStore()
  const current = useStudio(selectStrategy)
  const text = useStudio((s) => s.text)
  const [report, setReport] = useState<SwitchReport>()
  const [error, setError] = useState<string>()
  const choose = (id: StrategyId) => {
    const before = store.getState().text
    const result = chooseStrategy(store, id)
    setError(result.ok ? undefined : result.message)
    if (result.ok && result.changes.length > 0)
      setReport({ before, from: result.from, to: id, changes: result.changes })
  }
  const shownReport = report && text !== report.before ? report : undefined
  const summary = current ? findStrategyChoice(current)?.summary : undefined
  return (
    <details className="form-section strategy-picker" data-section="strategy" open>
      <summary>Strategy</summary>
      <div className="strategy-picker__body">
        <div className="strategy-picker__options" role="group" aria-label="Deployment strategy">
          {strategyChoices.map((c) => (
            <button
              key={c.id}
              type="button"
              className="strategy-picker__option"
              data-strategy={c.id}
              // The fields a strategy is made of all live under spec.analysis.
              data-path="spec.analysis"
              aria-pressed={c.id === current}
              title={c.summary}
              onClick={() => c.id !== current && choose(c.id)}
            >
              {c.title}
            </button>
          ))}
        </div>
        {summary && <p className="strategy-picker__summary">{summary}</p>}
        {error && (
          <p className="strategy-picker__error" role="alert">
            {error}
          </p>
        )}
        {shownReport && <ChangeList report={shownReport} onDismiss={() => setReport(undefined)} />}
      </div>
    </details>
  )
}
