import { builtInMetricNames, isBuiltInMetric } from '../builtin-metrics.ts'
import { report, type LintRule } from '../lint-rule.ts'
import { closest } from '../suggest.ts'

/** A metric that is not built in and has neither query nor templateRef: it is never evaluated and always fails. */
export const metricWithoutQuery: LintRule = {
  id: 'metric-without-query',
  severity: 'warning',
  summary: 'A custom metric has neither templateRef nor query, so it fails every analysis.',
  source: 'flagger-semantics.md §d.1 (runMetricChecks) and §c.3',
  check(ctx) {
    return (ctx.analysis.metrics ?? []).flatMap((metric, i) => {
      const name = metric.name
      if (name === undefined || isBuiltInMetric(name) || metric.templateRef || metric.query) return []
      if (closest(name, builtInMetricNames) !== undefined) return [] // unknown-builtin-metric explains that case
      return [
        report(
          this,
          ['spec', 'analysis', 'metrics', i],
          `Metric "${name}" is not built in (only request-success-rate and request-duration are) and has neither templateRef nor query: Flagger cannot evaluate it and fails every analysis ("no usable metrics template and query were configured"). Add templateRef to a MetricTemplate.`,
          {
            fixes: [
              {
                title: 'Add templateRef',
                kind: 'set',
                path: ['spec', 'analysis', 'metrics', i, 'templateRef'],
                value: { name },
              },
            ],
          },
        ),
      ]
    })
  },
}
