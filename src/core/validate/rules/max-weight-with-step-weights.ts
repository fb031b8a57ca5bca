import { hasRawValue, report, type LintRule } from '../lint-rule.ts'

/** maxWeight beside stepWeights: Flagger never reads it, the last step is the maximum. */
export const maxWeightWithStepWeights: LintRule = {
  id: 'max-weight-with-step-weights',
  severity: 'warning',
  summary: 'maxWeight is ignored when stepWeights is set (the last step is the maximum).',
  source: 'flagger-semantics.md §a.6.2 and quirk Q4 (scheduler.go maxWeight)',
  check(ctx) {
    const steps = ctx.analysis.stepWeights ?? []
    if (steps.length === 0 || !hasRawValue(ctx, ['spec', 'analysis', 'maxWeight'])) return []
    // Flagger scheduler.go maxWeight: with stepWeights it returns min(100, last entry) before looking at maxWeight.
    const last = steps[steps.length - 1] ?? 0
    const effective = Math.min(100, last)
    return [
      report(
        this,
        ['spec', 'analysis', 'maxWeight'],
        `maxWeight ${String(ctx.analysis.maxWeight)} is ignored: with stepWeights, Flagger promotes from the last step, so the maximum canary weight is ${effective} %. Remove maxWeight, or end stepWeights at the weight you want.`,
        { fixes: [{ title: 'Remove maxWeight', kind: 'remove', path: ['spec', 'analysis', 'maxWeight'] }] },
      ),
    ]
  },
}
