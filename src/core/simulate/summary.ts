import type { Canary } from '../catalog/canary-fields.ts'
import { effectiveProvider, maxWeight } from '../model/effective.ts'
import { countNoun } from '../text/count-noun.ts'
import { formatDuration } from '../text/go-duration.ts'
import { timelineFigures, type TimelineFigures } from './figures.ts'
import { simulateFailingRun } from './failing-run.ts'
import type { Timeline } from './types.ts'

const strategyLabels = { canary: 'Canary', 'ab-testing': 'A/B test', 'blue-green': 'Blue/green' } as const

/**
 * A plain-language summary of a timeline, every number taken from the simulation, e.g. "Canary on Istio: weight
 * rises 20 → 40 → 60 % every 1m (maxWeight 50 is overshot), then promotes; earliest promotion after 6m; …".
 */
export function summarizeTimeline(canary: Canary, timeline: Timeline): string {
  const figures = timelineFigures(timeline)
  const head = `${strategyLabels[timeline.strategy]} on ${providerLabel(canary)}`
  if (timeline.ticks.length === 1 && timeline.outcome === 'halted')
    return `${head}: halted at detection: ${timeline.haltReason ?? ''}.`
  const parts = [`${head}: ${describeTraffic(canary, timeline, figures)}, then ${describeOutcome(timeline)}`]
  if (timeline.outcome === 'promoted' && figures.promotionSeconds !== null && figures.succeededSeconds !== null) {
    parts.push(
      `earliest promotion after ${formatDuration(figures.promotionSeconds)}, Succeeded after ${formatDuration(figures.succeededSeconds)}`,
    )
  }
  parts.push(describeEarliestRollback(canary))
  return `${parts.join('; ')}.`
}

function providerLabel(canary: Canary): string {
  const provider = effectiveProvider(canary)
  if (provider === 'istio') return 'Istio'
  if (provider === 'kubernetes') return 'Kubernetes (no traffic shifting)'
  return provider
}

function describeTraffic(canary: Canary, timeline: Timeline, figures: TimelineFigures): string {
  const every = formatDuration(timeline.intervalSeconds)
  if (timeline.strategy === 'ab-testing')
    return `requests matching analysis.match go to the canary for ${countNoun(figures.stepCount, 'iteration')} of ${every}`
  if (timeline.strategy === 'blue-green') {
    const mirrored = figures.mirroredTickCount > 0 ? ' with live traffic mirrored to it' : ''
    const switches = timeline.ticks.some((t) => t.step === 'route-to-canary') ? ', then all live traffic switches to it for one more analysis' : ''
    return `the canary is analysed for ${countNoun(figures.stepCount, 'iteration')} of ${every}${mirrored}${switches}`
  }
  const weights = figures.canaryWeights
  if (weights.length === 0) return 'the canary weight never rises above 0 %'
  const mirror =
    figures.mirroredTickCount > 0
      ? `live traffic is mirrored to the canary for ${formatDuration(figures.mirroredTickCount * timeline.intervalSeconds)}, then `
      : ''
  const analysis = canary.spec?.analysis
  const max = maxWeight(analysis)
  const last = weights[weights.length - 1] ?? 0
  const overshoot = (analysis?.stepWeights?.length ?? 0) === 0 && last > max ? ` (maxWeight ${max} is overshot)` : ''
  const cookie = timeline.sessionAffinity
    ? `, with sticky sessions (cookie ${analysis?.sessionAffinity?.cookieName ?? ''})`
    : ''
  return `${mirror}weight rises ${weights.join(' → ')} % every ${every}${overshoot}${cookie}`
}

function describeOutcome(timeline: Timeline): string {
  if (timeline.outcome === 'promoted') return 'promotes'
  const at = timeline.ticks.at(-1)?.atSeconds ?? 0
  if (timeline.outcome === 'rolled-back') return `rolls back after ${formatDuration(at)}`
  return `halts after ${formatDuration(at)}: ${timeline.haltReason ?? ''}`
}

function describeEarliestRollback(canary: Canary): string {
  const failing = simulateFailingRun(canary)
  const seconds = timelineFigures(failing).rollbackSeconds
  if (seconds === null) return 'no metric, rollout or pre-rollout webhook can fail a check, so it cannot roll back on failed checks'
  const failedChecks = failing.ticks.at(-2)?.failedChecks ?? 0
  const noun = failedChecks === 1 ? 'failed check rolls' : 'failed checks roll'
  return `${failedChecks} ${noun} back after ${formatDuration(seconds)} at the earliest`
}
