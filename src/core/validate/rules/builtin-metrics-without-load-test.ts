import type { QuickFix } from '../../diagnostic.ts'
import { derivedNames } from '../../model/effective.ts'
import { isBuiltInMetric } from '../builtin-metrics.ts'
import { report, type LintContext, type LintRule } from '../lint-rule.ts'

function loadTestFix(ctx: LintContext): QuickFix {
  const namespace = ctx.canary.metadata?.namespace ?? 'default'
  const port = ctx.service.port === undefined ? '' : `:${ctx.service.port}`
  const target = `http://${derivedNames(ctx.canary).canaryService}.${namespace}${port}/`
  return {
    title: 'Add a load-test webhook (Flagger load tester)',
    kind: 'set',
    path: ['spec', 'analysis', 'webhooks'],
    value: [
      {
        name: 'load-test',
        type: 'rollout',
        url: `http://flagger-loadtester.${namespace}/`,
        timeout: '5s',
        metadata: { cmd: `hey -z 1m -q 10 -c 2 ${target}` },
      },
    ],
  }
}

/** Built-in metrics with no rollout hook: without traffic to the canary they report "no values found". */
export const builtinMetricsWithoutLoadTest: LintRule = {
  id: 'builtin-metrics-without-load-test',
  severity: 'info',
  summary: 'Built-in metrics are checked but no rollout or pre-rollout webhook generates traffic for the canary.',
  source: 'flagger-semantics.md §d.1 (no data is a failed check) and §a.5 (rollout hooks run before metrics)',
  check(ctx) {
    const metrics = ctx.analysis.metrics ?? []
    const first = metrics.findIndex((m) => isBuiltInMetric(m.name))
    if (first < 0) return []
    // rollout hooks run every analysis tick before the metrics; a pre-rollout hook may also start a long load test
    // in the background (Flagger's own e2e tests do), so either counts as a traffic source.
    const loadTypes = new Set([undefined, '', 'rollout', 'pre-rollout'])
    const hasRolloutHook = (ctx.analysis.webhooks ?? []).some((h) => loadTypes.has(h.type))
    if (hasRolloutHook) return []
    const message = `"${metrics[first]?.name}" measures real requests to the canary. With no rollout (load-test) webhook, a canary that gets little or no traffic yields "no values found", which counts as a failed check. Add a rollout webhook that sends traffic (e.g. the Flagger load tester), unless live traffic is guaranteed.`
    // The fix only creates the list: rewriting an existing list would lose its comments.
    const fixes = ctx.analysis.webhooks === undefined ? [loadTestFix(ctx)] : []
    return [report(this, ['spec', 'analysis', 'metrics', first], message, { fixes })]
  },
}
