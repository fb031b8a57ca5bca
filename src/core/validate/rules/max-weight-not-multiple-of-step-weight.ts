import { maxWeight } from '../../model/effective.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** maxWeight not a multiple of stepWeight: the last step overshoots maxWeight (Flagger does not clamp). */
export const maxWeightNotMultipleOfStepWeight: LintRule = {
  id: 'max-weight-not-multiple-of-step-weight',
  severity: 'info',
  summary: 'maxWeight is not a multiple of stepWeight, so the last step goes past maxWeight.',
  source: 'flagger-semantics.md §a.6.1 and quirk Q3 (no clamp to maxWeight)',
  check(ctx) {
    const step = ctx.analysis.stepWeight
    if (step === undefined || step <= 0 || (ctx.analysis.stepWeights?.length ?? 0) > 0) return []
    const max = maxWeight(ctx.analysis)
    if (step > max || max % step === 0 || max > 100) return []
    // Flagger scheduler.go runCanary: weights go step, 2·step, … (capped at 100) until a tick starts at ≥ max weight.
    const last = Math.min(100, Math.ceil(max / step) * step)
    if (last <= max) return []
    const lower = Math.floor(max / step) * step
    return [
      report(
        this,
        ['spec', 'analysis', 'maxWeight'],
        `With stepWeight ${step}, the canary goes ${step}, ${step * 2}, … and its last step is ${last}%, past maxWeight ${max}: Flagger does not clamp to maxWeight. Set maxWeight to a multiple of ${step} (${lower || step} or ${last}) if you want the analysis to stop exactly there.`,
        {
          fixes: [
            { title: `Set maxWeight to ${last}`, kind: 'set', path: ['spec', 'analysis', 'maxWeight'], value: last },
          ],
        },
      ),
    ]
  },
}
