import { builtInMetricNames, isBuiltInMetric } from '../builtin-metrics.ts'
import { report, type LintRule } from '../lint-rule.ts'
import { closest } from '../suggest.ts'

/** A metric name close to a built-in one, with no templateRef or query: a misspelt built-in that always fails. */
export const unknownBuiltinMetric: LintRule = {
  id: 'unknown-builtin-metric',
  severity: 'warning',
  summary: 'A metric name looks like a misspelt built-in and has no templateRef or query.',
  source: 'flagger-semantics.md §d.1 (built-ins by exact name) and §c.3',
  check(ctx) {
    return (ctx.analysis.metrics ?? []).flatMap((metric, i) => {
      const name = metric.name
      if (name === undefined || isBuiltInMetric(name) || metric.templateRef || metric.query) return []
      const guess = closest(name, builtInMetricNames)
      if (guess === undefined) return []
      // runMetricChecks: neither built-in nor query nor templateRef → "no usable metrics template and query".
      return [
        report(
          this,
          ['spec', 'analysis', 'metrics', i, 'name'],
          `"${name}" is not a built-in metric (did you mean "${guess}"?). Built-ins are matched by exact name; without templateRef or query this check fails every analysis ("no usable metrics template and query were configured").`,
          {
            fixes: [
              {
                title: `Rename to ${guess}`,
                kind: 'set',
                path: ['spec', 'analysis', 'metrics', i, 'name'],
                value: guess,
              },
            ],
          },
        ),
      ]
    })
  },
}
