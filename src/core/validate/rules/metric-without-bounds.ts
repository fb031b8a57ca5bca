import type { CanaryMetric } from '../../catalog/canary-fields.ts'
import { report, type LintRule } from '../lint-rule.ts'

// runBuiltinMetricChecks/runMetricChecks (§d.1): without thresholdRange, success rate fails when < threshold (0:
// never), every other metric fails when > threshold (0: whenever its value is above 0).
function advice(metric: CanaryMetric, i: number): { message: string; bound: { min: number } | { max: number } } {
  if (metric.name === 'request-success-rate')
    return {
      message:
        'request-success-rate has no bound: Flagger compares it with threshold 0, so it never fails. Add thresholdRange.min, e.g. 99 (percent).',
      bound: { min: 99 },
    }
  const isDuration = metric.name === 'request-duration'
  return {
    message: `Metric "${metric.name ?? i}" has no bound: Flagger compares it with threshold 0, so it fails whenever its value is above 0. Add thresholdRange.max${isDuration ? ' in milliseconds, e.g. 500' : ' (or min)'}.`,
    bound: { max: isDuration ? 500 : 1 },
  }
}

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
      const path = ['spec', 'analysis', 'metrics', i, 'thresholdRange']
      const { message, bound } = advice(metric, i)
      const [[key, value] = ['max', 1]] = Object.entries(bound)
      return [
        report(this, path, message, {
          fixes: [{ title: `Add thresholdRange.${key}: ${value}`, kind: 'set', path, value: bound }],
        }),
      ]
    })
  },
}
