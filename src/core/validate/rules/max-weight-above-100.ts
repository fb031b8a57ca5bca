import { report, type LintRule } from '../lint-rule.ts'

/** maxWeight above 100: the canary reaches 100% and never promotes. */
export const maxWeightAbove100: LintRule = {
  id: 'max-weight-above-100',
  severity: 'warning',
  summary: 'maxWeight above 100 halts the canary at 100% forever.',
  source: 'flagger-semantics.md §a.6.1 and quirk Q3',
  check(ctx) {
    const max = ctx.analysis.maxWeight
    if (max === undefined || max <= 100 || (ctx.analysis.stepWeights?.length ?? 0) > 0) return []
    // Flagger scheduler.go: total weight is 100, so the canary weight can never be ≥ a max above 100.
    return [
      report(
        this,
        ['spec', 'analysis', 'maxWeight'],
        `maxWeight ${max} can never be reached (weights total 100): the canary goes to 100% and then repeats "advance to 100" every interval without promoting. Use at most 100.`,
        {
          fixes: [{ title: 'Set maxWeight to 100', kind: 'set', path: ['spec', 'analysis', 'maxWeight'], value: 100 }],
        },
      ),
    ]
  },
}
