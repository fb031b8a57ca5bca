import { report, type LintRule } from '../lint-rule.ts'

/** A metric with neither thresholdRange bounds nor threshold: the legacy default 0 applies. */
export const metricWithoutBounds: LintRule = {
  id: 'metric-without-bounds',
  severity: 'warning',
  summary: 'A metric has neither thresholdRange.min/max nor threshold, so Flagger compares with 0.',
  source: 'flagger-semantics.md §d.1 (legacy threshold default 0)',
  check(ctx) {
    return (ctx.analysis.metrics ?? []).flatMap((metric, i) => {
      const range = metric.thresholdRange
      if (range?.min !== undefined || range?.max !== undefined || metric.threshold !== undefined) return []
      const path = ['spec', 'analysis', 'metrics', i]
      // runBuiltinMetricChecks/runMetricChecks: without thresholdRange, success rate fails when < threshold (0:
      // never), every other metric fails when > threshold (0: whenever its value is above 0).
      if (metric.name === 'request-success-rate')
        return [
          report(
            this,
            [...path, 'thresholdRange'],
            'request-success-rate has no bound: Flagger compares it with threshold 0, so it never fails. Add thresholdRange.min, e.g. 99 (percent).',
            {
              fixes: [
                {
                  title: 'Add thresholdRange.min: 99',
                  kind: 'set',
                  path: [...path, 'thresholdRange'],
                  value: { min: 99 },
                },
              ],
            },
          ),
        ]
      const example = metric.name === 'request-duration' ? 500 : 1
      return [
        report(
          this,
          [...path, 'thresholdRange'],
          `Metric "${metric.name ?? i}" has no bound: Flagger compares it with threshold 0, so it fails whenever its value is above 0. Add thresholdRange.max${metric.name === 'request-duration' ? ' in milliseconds, e.g. 500' : ' (or min)'}.`,
          {
            fixes: [
              {
                title: `Add thresholdRange.max: ${example}`,
                kind: 'set',
                path: [...path, 'thresholdRange'],
                value: { max: example },
              },
            ],
          },
        ),
      ]
    })
  },
}
