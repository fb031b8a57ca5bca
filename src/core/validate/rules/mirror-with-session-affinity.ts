import { report, type LintRule } from '../lint-rule.ts'
import { strategyOf } from '../lint-context.ts'

/** mirror with sessionAffinity in a canary: the mirror goes on the sticky route and is never detected. */
export const mirrorWithSessionAffinity: LintRule = {
  id: 'mirror-with-session-affinity',
  severity: 'warning',
  summary: 'mirror with sessionAffinity halts a canary in its mirror step.',
  source: 'flagger-semantics.md §a.6.7, §b.4 and quirk Q6',
  check(ctx) {
    const a = ctx.analysis
    if (a.mirror !== true || a.sessionAffinity === undefined || (a.match?.length ?? 0) > 0) return []
    if (strategyOf(ctx) !== 'canary') return []
    // Q6: SetRoutes puts the mirror on http[0] (the sticky route); GetRoutes reads the last route → never mirrored.
    return [
      report(
        this,
        ['spec', 'analysis', 'mirror'],
        'mirror with sessionAffinity halts the canary at 0%: Flagger puts the mirror on the sticky-cookie route but reads the weighted route back, never sees the mirror, and repeats the mirror step every interval. Remove mirror (or sessionAffinity).',
        {
          fixes: [{ title: 'Remove mirror', kind: 'remove', path: ['spec', 'analysis', 'mirror'] }],
        },
      ),
    ]
  },
}
