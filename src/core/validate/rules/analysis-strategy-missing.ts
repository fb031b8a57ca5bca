import { hasRawValue, report, type LintRule } from '../lint-rule.ts'

/** analysis without iterations, stepWeight or stepWeights (or without interval/threshold): the CRD rejects it. */
export const analysisStrategyMissing: LintRule = {
  id: 'analysis-strategy-missing',
  severity: 'error',
  summary: 'analysis lacks interval, threshold, or one of iterations / stepWeight / stepWeights.',
  source: 'flagger-semantics.md §c.1 (analysis oneOf over required keys)',
  check(ctx) {
    if (ctx.spec.analysis === undefined) return []
    const path = ['spec', 'analysis']
    // The CRD's oneOf goes by key presence: read the raw data, where a wrong-typed value still counts as present.
    const has = (key: string) => hasRawValue(ctx, [...path, key])
    const out = []
    if (!has('interval'))
      out.push(
        report(
          this,
          [...path, 'interval'],
          'analysis needs `interval` (the CRD requires it): the time between analysis ticks, e.g. `1m`.',
          {
            fixes: [{ title: 'Add interval: 1m', kind: 'set', path: [...path, 'interval'], value: '1m' }],
          },
        ),
      )
    if (!has('threshold'))
      out.push(
        report(
          this,
          [...path, 'threshold'],
          'analysis needs `threshold` (the CRD requires it): how many failed checks trigger a rollback, e.g. 5.',
          {
            fixes: [{ title: 'Add threshold: 5', kind: 'set', path: [...path, 'threshold'], value: 5 }],
          },
        ),
      )
    if (!has('iterations') && !has('stepWeight') && !has('stepWeights'))
      out.push(
        report(
          this,
          path,
          'analysis needs one of `stepWeight` (gradual canary, with maxWeight), `stepWeights` (explicit weights) or `iterations` (blue/green, or A/B with match): kubectl apply rejects it otherwise.',
          {
            fixes: [{ title: 'Add stepWeight: 10', kind: 'set', path: [...path, 'stepWeight'], value: 10 }],
          },
        ),
      )
    return out
  },
}
