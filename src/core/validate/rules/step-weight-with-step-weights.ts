import { hasRawValue, report, type LintRule } from '../lint-rule.ts'

/** stepWeight and stepWeights together: the CRD's analysis oneOf rejects it. */
export const stepWeightWithStepWeights: LintRule = {
  id: 'step-weight-with-step-weights',
  severity: 'error',
  summary: 'stepWeight and stepWeights are both set; the CRD allows only one.',
  source: 'flagger-semantics.md §c.1 (analysis oneOf) and quirk Q4',
  check(ctx) {
    const has = (key: string) => hasRawValue(ctx, ['spec', 'analysis', key])
    if (!has('stepWeight') || !has('stepWeights')) return []
    // CRD oneOf by key presence. Were it admitted, Flagger's nextStepWeight would use stepWeight (> 0) for every
    // step and still take the max weight from the last stepWeights entry (Q4).
    return [
      report(
        this,
        ['spec', 'analysis', 'stepWeights'],
        'stepWeight and stepWeights are both set: kubectl apply rejects this (analysis must have exactly one of iterations, stepWeight, stepWeights). Keep stepWeights for explicit weights, or stepWeight (+ maxWeight) for equal steps.',
        {
          fixes: [
            { title: 'Remove stepWeight', kind: 'remove', path: ['spec', 'analysis', 'stepWeight'] },
            { title: 'Remove stepWeights', kind: 'remove', path: ['spec', 'analysis', 'stepWeights'] },
          ],
        },
      ),
    ]
  },
}
