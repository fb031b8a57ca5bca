import { report, type LintRule } from '../lint-rule.ts'

/** cookieName equal to primaryCookieName: Flagger's verifyCanary refuses the Canary. */
export const sessionAffinityCookieNamesEqual: LintRule = {
  id: 'session-affinity-cookie-names-equal',
  severity: 'warning',
  summary: 'sessionAffinity.cookieName equals primaryCookieName; Flagger refuses to run the Canary.',
  source: 'flagger-semantics.md §c.2 (controller.go verifyCanary)',
  check(ctx) {
    const affinity = ctx.analysis.sessionAffinity
    if (!affinity?.cookieName || affinity.cookieName !== affinity.primaryCookieName) return []
    // verifyCanary: "can't use the same cookie name for both primary and cookie name"; only logged, never scheduled.
    const renamed = `${affinity.cookieName}-primary`
    return [
      report(
        this,
        ['spec', 'analysis', 'sessionAffinity', 'primaryCookieName'],
        `cookieName and primaryCookieName are both "${affinity.cookieName}": Flagger rejects the Canary as invalid (only in its log, no event) and never runs it. Use a different primaryCookieName, e.g. "${renamed}".`,
        {
          fixes: [
            {
              title: `Rename to ${renamed}`,
              kind: 'set',
              path: ['spec', 'analysis', 'sessionAffinity', 'primaryCookieName'],
              value: renamed,
            },
          ],
        },
      ),
    ]
  },
}
