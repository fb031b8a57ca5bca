import { report, type LintRule } from '../lint-rule.ts'

/** stepWeight 0 with no stepWeights and no iterations: the canary never advances. */
export const stepWeightZero: LintRule = {
  id: 'step-weight-zero',
  severity: 'warning',
  summary: 'stepWeight 0 (or below) passes the CRD but the canary never advances.',
  source: 'flagger-semantics.md §a.2 (stepWeight 0 with no stepWeights ⇒ halts), §c.1',
  check(ctx) {
    const { stepWeight, stepWeights, iterations } = ctx.analysis
    if (stepWeight === undefined || stepWeight > 0 || (stepWeights?.length ?? 0) > 0 || (iterations ?? 0) > 0) return []
    // Flagger scheduler.go nextStepWeight returns 0 → the tick ends without moving traffic, forever.
    return [
      report(
        this,
        ['spec', 'analysis', 'stepWeight'],
        `stepWeight ${stepWeight} satisfies the CRD but gives no step: the canary stays at 0% every interval and never promotes. Use a positive percentage such as 10.`,
        {
          fixes: [{ title: 'Set stepWeight to 10', kind: 'set', path: ['spec', 'analysis', 'stepWeight'], value: 10 }],
        },
      ),
    ]
  },
}
