import { memo, useMemo } from 'react'
import type { Canary } from '../../core/catalog/canary-fields.ts'
import { timelineFigures } from '../../core/simulate/figures.ts'
import { simulateFailingRun } from '../../core/simulate/failing-run.ts'
import type { Timeline } from '../../core/simulate/types.ts'
import { countNoun } from '../../core/text/count-noun.ts'
import { formatDuration } from '../../core/text/go-duration.ts'

const strategyNames = { canary: 'Canary', 'ab-testing': 'A/B testing', 'blue-green': 'Blue/green' } as const
const outcomeNames = { promoted: 'promoted', 'rolled-back': 'rolled back', halted: 'halted' } as const

// Memoised: an edit usually changes one or two figures of the seven.
const Figure = memo(function Figure({ label, value, tone, id }: { label: string; value: string; tone?: 'good' | 'bad' | 'warn'; id: string }) {
  return (
    <div className={`tl-figure${tone ? ` tl-figure--${tone}` : ''}`} data-figure={id}>
      <dt title={label}>{label}</dt>
      <dd title={value}>{value}</dd>
    </div>
  )
})

const time = (seconds: number | null): string => (seconds === null ? '—' : formatDuration(seconds))

/** Strategy, steps and the minimum times to promotion, Succeeded and rollback (under the what-if when one is set). */
export function HeadlineFigures({ canary, timeline, isWhatIf }: { canary: Canary; timeline: Timeline; isWhatIf: boolean }) {
  const figures = useMemo(() => timelineFigures(timeline), [timeline])
  // Without a what-if, the rollback figure is the earliest one: every check failing from the first that runs.
  const earliestRollback = useMemo(() => (isWhatIf ? null : timelineFigures(simulateFailingRun(canary)).rollbackSeconds), [canary, isWhatIf])
  const strategy = [strategyNames[timeline.strategy], timeline.mirror && 'mirror', timeline.sessionAffinity && 'sticky'].filter(Boolean).join(' + ')
  const steps =
    figures.canaryWeights.length > 0
      ? `${figures.stepCount} (${figures.canaryWeights[0]}→${figures.canaryWeights.at(-1)}%)`
      : countNoun(figures.stepCount, timeline.strategy === 'canary' ? 'step' : 'iteration')
  return (
    <dl className="tl-figures">
      <Figure id="strategy" label="strategy" value={strategy} />
      <Figure id="steps" label={timeline.strategy === 'canary' ? 'weight steps' : 'iterations'} value={steps} />
      <Figure id="interval" label="interval" value={formatDuration(timeline.intervalSeconds)} />
      <Figure id="promotion" label="promotion" value={time(figures.promotionSeconds)} tone={figures.promotionSeconds === null ? undefined : 'good'} />
      <Figure id="succeeded" label="succeeded" value={time(figures.succeededSeconds)} tone={figures.succeededSeconds === null ? undefined : 'good'} />
      {isWhatIf ? (
        <Figure id="rollback" label="rollback" value={time(figures.rollbackSeconds)} tone={figures.rollbackSeconds === null ? undefined : 'bad'} />
      ) : (
        <Figure id="rollback" label="rollback (min)" value={time(earliestRollback)} />
      )}
      <Figure id="outcome" label="outcome" value={outcomeNames[timeline.outcome]} tone={timeline.outcome === 'promoted' ? 'good' : timeline.outcome === 'rolled-back' ? 'bad' : 'warn'} />
    </dl>
  )
}
