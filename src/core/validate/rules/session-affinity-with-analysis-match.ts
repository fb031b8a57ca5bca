import { report, type LintRule } from '../lint-rule.ts'

/** sessionAffinity with analysis.match: the match routes replace the cookie routes. */
export const sessionAffinityWithAnalysisMatch: LintRule = {
  id: 'session-affinity-with-analysis-match',
  severity: 'warning',
  summary: 'sessionAffinity together with analysis.match: the match routes replace the cookie routes.',
  source: 'flagger-semantics.md §b.3 step 5 and §b.4',
  check(ctx) {
    if (ctx.analysis.sessionAffinity === undefined || (ctx.analysis.match?.length ?? 0) === 0) return []
    // Istio router SetRoutes: a non-empty analysis.match replaces the route list, dropping the cookie rules.
    return [
      report(
        this,
        ['spec', 'analysis', 'sessionAffinity'],
        'sessionAffinity has no effect with analysis.match: Flagger replaces the cookie routes with the match routes, so no sticky cookie is ever set. Remove one of them.',
        {
          fixes: [{ title: 'Remove sessionAffinity', kind: 'remove', path: ['spec', 'analysis', 'sessionAffinity'] }],
        },
      ),
    ]
  },
}
