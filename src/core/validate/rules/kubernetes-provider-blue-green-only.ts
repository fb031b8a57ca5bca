import type { Diagnostic } from '../../diagnostic.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** provider kubernetes: no traffic shifting; match is dropped and iterations forced to 10. */
export const kubernetesProviderBlueGreenOnly: LintRule = {
  id: 'kubernetes-provider-blue-green-only',
  severity: 'warning',
  summary: 'Provider kubernetes runs only blue/green: weights, mirroring and A/B match are ignored.',
  source: 'flagger-semantics.md §a.2 (iterations), §a.4 step 21, §c.3, §c.4',
  check(ctx) {
    if (ctx.provider !== 'kubernetes') return []
    const a = ctx.analysis
    const out: Diagnostic[] = []
    const path = ['spec', 'analysis']
    // advanceCanary step 21: drop analysis.match ("A/B testing is not supported…"), iterations < 1 → 10.
    if ((a.match?.length ?? 0) > 0)
      out.push(
        report(
          this,
          [...path, 'match'],
          'Provider kubernetes cannot route by request: Flagger drops analysis.match ("A/B testing is not supported when using the kubernetes provider") and runs blue/green. Remove match.',
          {
            fixes: [{ title: 'Remove match', kind: 'remove', path: [...path, 'match'] }],
          },
        ),
      )
    for (const key of [
      'stepWeight',
      'stepWeights',
      'maxWeight',
      'stepWeightPromotion',
      'mirror',
      'mirrorWeight',
      'sessionAffinity',
    ] as const)
      if (a[key] !== undefined)
        out.push(
          report(
            this,
            [...path, key],
            `Provider kubernetes only swaps Services (blue/green): ${key} is ignored${key === 'stepWeight' || key === 'stepWeights' ? ` ("Progressive traffic is not supported"), and with no iterations Flagger uses 10. Use iterations instead` : ''}.`,
          ),
        )
    return out
  },
}
