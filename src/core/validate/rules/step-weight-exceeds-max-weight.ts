import { maxWeight } from '../../model/effective.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** stepWeight above the max weight: the first step already overshoots it, so there is one analysis before promotion. */
export const stepWeightExceedsMaxWeight: LintRule = {
  id: 'step-weight-exceeds-max-weight',
  severity: 'warning',
  summary: 'stepWeight is larger than maxWeight, so the canary jumps past the max weight in its first step.',
  source: 'flagger-semantics.md §a.6.1 (nextStepWeight, runCanary: no clamp to maxWeight)',
  check(ctx) {
    const step = ctx.analysis.stepWeight
    if (step === undefined || step <= 0 || (ctx.analysis.stepWeights?.length ?? 0) > 0) return []
    const max = maxWeight(ctx.analysis)
    if (step <= max) return []
    // Flagger scheduler.go runCanary: canary += step with no clamp; promotion when the tick starts at ≥ max weight.
    const first = Math.min(100, step)
    return [
      report(
        this,
        ['spec', 'analysis', 'stepWeight'],
        `stepWeight ${step} is above the max weight ${max}: Flagger does not clamp, so the first step sends ${first}% to the canary and the next tick promotes. Lower stepWeight to at most ${max} (or raise maxWeight) for a gradual rollout.`,
        {
          fixes: [
            { title: `Set stepWeight to ${max}`, kind: 'set', path: ['spec', 'analysis', 'stepWeight'], value: max },
          ],
        },
      ),
    ]
  },
}
