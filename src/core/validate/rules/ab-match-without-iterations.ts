import { report, type LintRule } from '../lint-rule.ts'
import { strategyOf } from '../lint-context.ts'

/** analysis.match without iterations: a weighted canary restricted to the matching requests, not A/B testing. */
export const abMatchWithoutIterations: LintRule = {
  id: 'ab-match-without-iterations',
  severity: 'info',
  summary: 'analysis.match without iterations is a weighted canary on the matching requests, not A/B testing.',
  source: 'flagger-semantics.md §a.2 (Canary.DeploymentStrategy) and §b.3',
  check(ctx) {
    if ((ctx.analysis.match?.length ?? 0) === 0 || strategyOf(ctx) !== 'canary') return []
    if (ctx.provider === 'kubernetes') return []
    // DeploymentStrategy: ab-testing needs match AND iterations > 0; otherwise SetRoutes weights the match route only.
    return [
      report(
        this,
        ['spec', 'analysis', 'match'],
        'analysis.match without iterations is not A/B testing: Flagger runs the weighted canary, and only matching requests are split between primary and canary (everything else stays on the primary). For A/B testing (all matching requests to the canary), set iterations and remove stepWeight/stepWeights.',
      ),
    ]
  },
}
