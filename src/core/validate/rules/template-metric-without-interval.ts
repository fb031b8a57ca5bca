import { report, type LintRule } from '../lint-rule.ts'

/** A template metric without interval: `{{ interval }}` renders empty and the query fails. */
export const templateMetricWithoutInterval: LintRule = {
  id: 'template-metric-without-interval',
  severity: 'warning',
  summary: 'A templateRef metric has no interval; template metrics get no default.',
  source: 'flagger-semantics.md §d.3 and quirk Q10',
  check(ctx) {
    return (ctx.analysis.metrics ?? []).flatMap((metric, i) => {
      if (!metric.templateRef || (metric.interval !== undefined && metric.interval !== '')) return []
      // GetMetricInterval defaults only the built-ins; templates render {{ interval }} as "" (PromQL `[]`).
      return [
        report(
          this,
          ['spec', 'analysis', 'metrics', i, 'interval'],
          `Metric "${metric.name ?? i}" uses a template but has no interval: unlike the built-ins it gets no 1m default, so \`{{ interval }}\` renders empty (a PromQL \`[]\` error; Datadog, CloudWatch, New Relic, Dynatrace and Splunk fail to start). Set interval, e.g. 1m.`,
          {
            fixes: [
              {
                title: 'Set interval: 1m',
                kind: 'set',
                path: ['spec', 'analysis', 'metrics', i, 'interval'],
                value: '1m',
              },
            ],
          },
        ),
      ]
    })
  },
}
