import { report, type LintRule } from '../lint-rule.ts'

/** thresholdRange with min above max: no value passes, so every check fails. */
export const thresholdRangeInvalid: LintRule = {
  id: 'threshold-range-invalid',
  severity: 'warning',
  summary: "A metric's thresholdRange has min greater than max, so it fails on every value.",
  source: 'flagger-semantics.md §d.1 (bounds: fail when value < min or value > max)',
  check(ctx) {
    return (ctx.analysis.metrics ?? []).flatMap((metric, i) => {
      const range = metric.thresholdRange
      if (range?.min === undefined || range.max === undefined || range.min <= range.max) return []
      return [
        report(
          this,
          ['spec', 'analysis', 'metrics', i, 'thresholdRange'],
          `Metric "${metric.name ?? i}" has thresholdRange min ${range.min} above max ${range.max}: every value fails one of the bounds, so each analysis fails and the canary rolls back after threshold ticks. Swap them.`,
          {
            fixes: [
              {
                title: 'Swap min and max',
                kind: 'set',
                path: ['spec', 'analysis', 'metrics', i, 'thresholdRange'],
                value: { min: range.max, max: range.min },
              },
            ],
          },
        ),
      ]
    })
  },
}
