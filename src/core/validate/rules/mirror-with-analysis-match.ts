import { report, type LintRule } from '../lint-rule.ts'
import { strategyOf } from '../lint-context.ts'

/** analysis.mirror with analysis.match: A/B never mirrors; a canary with match halts in its mirror step. */
export const mirrorWithAnalysisMatch: LintRule = {
  id: 'mirror-with-analysis-match',
  severity: 'warning',
  summary: 'mirror together with analysis.match: the match routes replace the mirror.',
  source: 'flagger-semantics.md §b.3 step 5, §a.6.4, §a.6.7 and quirk Q5',
  check(ctx) {
    if (ctx.analysis.mirror !== true || (ctx.analysis.match?.length ?? 0) === 0) return []
    const strategy = strategyOf(ctx)
    if (strategy === 'blue-green') return []
    const fixes = [{ title: 'Remove mirror', kind: 'remove' as const, path: ['spec', 'analysis', 'mirror'] }]
    if (strategy === 'ab-testing')
      // runAB never mirrors, and SetRoutes replaces the routes with the match routes.
      return [
        report(
          this,
          ['spec', 'analysis', 'mirror'],
          'mirror is ignored with A/B testing (match + iterations): Flagger sends matching requests to the canary and never mirrors. Remove mirror.',
          { fixes },
        ),
      ]
    // Q5: SetRoutes' match step drops the mirror, GetRoutes reads "not mirrored", runCanary repeats the mirror step.
    return [
      report(
        this,
        ['spec', 'analysis', 'mirror'],
        'mirror with analysis.match halts the canary at 0%: the match routes replace the mirror, so Flagger never sees the mirror in place and repeats its mirror step every interval (pre-rollout and confirm-traffic-increase hooks each time). Remove mirror or match.',
        { fixes },
      ),
    ]
  },
}
