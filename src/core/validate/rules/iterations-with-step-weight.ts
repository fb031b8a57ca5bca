import { hasRawValue, report, type LintRule } from '../lint-rule.ts'

/** iterations together with stepWeight or stepWeights: the CRD rejects it; Flagger would run blue/green or A/B. */
export const iterationsWithStepWeight: LintRule = {
  id: 'iterations-with-step-weight',
  severity: 'error',
  summary: 'iterations is set together with stepWeight or stepWeights; the CRD allows only one.',
  source: 'flagger-semantics.md §c.1 (analysis oneOf), §a.2 (Canary.DeploymentStrategy), §a.6.4–a.6.5',
  check(ctx) {
    const has = (key: string) => hasRawValue(ctx, ['spec', 'analysis', key])
    if (!has('iterations') || (!has('stepWeight') && !has('stepWeights'))) return []
    const other = has('stepWeight') ? 'stepWeight' : 'stepWeights'
    const match = ctx.analysis.match
    // Canary.DeploymentStrategy: iterations > 0 selects blue/green (A/B with match); runBlueGreen/runAB ignore weights.
    const strategy = (match?.length ?? 0) > 0 ? 'A/B testing' : 'blue/green'
    return [
      report(
        this,
        ['spec', 'analysis', 'iterations'],
        `iterations and ${other} are both set: kubectl apply rejects this (exactly one of iterations, stepWeight, stepWeights). Were it admitted, iterations > 0 would win: Flagger runs ${strategy} and ignores ${other}. Remove iterations for a gradual canary, or ${other} for ${strategy}.`,
        {
          fixes: [
            { title: `Remove ${other} (keep ${strategy})`, kind: 'remove', path: ['spec', 'analysis', other] },
            { title: 'Remove iterations (gradual canary)', kind: 'remove', path: ['spec', 'analysis', 'iterations'] },
          ],
        },
      ),
    ]
  },
}
