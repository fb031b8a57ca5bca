import { report, type LintRule } from '../lint-rule.ts'
import { strategyOf } from '../lint-context.ts'

/** sessionAffinity in blue/green: traffic moves all at once, so there is no gradual shift to be sticky through. */
export const sessionAffinityIgnoredByStrategy: LintRule = {
  id: 'session-affinity-ignored-by-strategy',
  severity: 'warning',
  summary: 'sessionAffinity with blue/green (iterations) keeps no one anywhere: traffic switches all at once.',
  source: 'flagger-semantics.md §a.6.5, §a.6.8 and §b.4',
  check(ctx) {
    if (ctx.analysis.sessionAffinity === undefined || (ctx.analysis.match?.length ?? 0) > 0) return []
    if (strategyOf(ctx) !== 'blue-green') return []
    // runBlueGreen routes 100/0 during the iterations, then 0/100 for one tick, then promotes: there is no phase
    // where a cookie could keep some users on the canary and others on the primary.
    return [
      report(
        this,
        ['spec', 'analysis', 'sessionAffinity'],
        'sessionAffinity is for the canary strategy (stepWeight/stepWeights): with iterations (blue/green) Flagger keeps all traffic on the primary, then switches it all to the canary for one tick before promoting, so the cookie pins no one. Remove sessionAffinity, or replace iterations with stepWeight.',
        {
          fixes: [{ title: 'Remove sessionAffinity', kind: 'remove', path: ['spec', 'analysis', 'sessionAffinity'] }],
        },
      ),
    ]
  },
}
