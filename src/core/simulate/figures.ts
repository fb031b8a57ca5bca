import type { Tick, Timeline } from './types.ts'

/** Headline numbers of a simulated run, all read from its ticks. */
export interface TimelineFigures {
  /** When the canary spec is copied to the primary (phase Promoting, or Succeeded for skipAnalysis); null if never. */
  readonly promotionSeconds: number | null
  /** When the run is Succeeded; null unless promoted. */
  readonly succeededSeconds: number | null
  /** When the run is Failed (rolled back); null unless rolled back. */
  readonly rollbackSeconds: number | null
  /** Ticks whose analysis (rollout webhooks + metric checks) ran. */
  readonly analysisCount: number
  /** Ticks whose analysis or pre-rollout webhooks failed. */
  readonly failedCheckCount: number
  /** Weight steps (canary strategy) or iterations (A/B, blue/green) that moved the run forward. */
  readonly stepCount: number
  /** Canary weights after each weight step, in order (canary strategy; empty otherwise). */
  readonly canaryWeights: readonly number[]
  /** Ticks whose routing mirrors traffic to the canary. */
  readonly mirroredTickCount: number
}

/** The minimum times to promotion, success or rollback, and the counts of analyses and steps, for one timeline. */
export function timelineFigures(timeline: Timeline): TimelineFigures {
  const ticks = timeline.ticks
  const weightSteps = ticks.filter((t, k) => t.step === 'weight' && t.canaryWeight !== ticks[k - 1]?.canaryWeight)
  const iterations = ticks.filter((t) => t.step === 'iteration')
  return {
    promotionSeconds: timeline.promotedAtSeconds,
    succeededSeconds: timeline.outcome === 'promoted' ? timeline.finishedAtSeconds : null,
    rollbackSeconds: timeline.outcome === 'rolled-back' ? timeline.finishedAtSeconds : null,
    analysisCount: count(ticks, (t) => t.analysis),
    failedCheckCount: count(ticks, (t) => t.failed),
    stepCount: weightSteps.length + iterations.length,
    canaryWeights: weightSteps.map((t) => t.canaryWeight),
    mirroredTickCount: count(ticks, (t) => t.mirrored),
  }
}

function count(ticks: readonly Tick[], predicate: (t: Tick) => boolean): number {
  let n = 0
  for (const t of ticks) if (predicate(t)) n += 1
  return n
}
