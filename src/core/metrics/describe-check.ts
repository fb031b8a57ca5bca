import type { CanaryMetric } from '../catalog/canary-fields.ts'

// How Flagger compares a metric's value with its bounds (scheduler_metrics.go runBuiltinMetricChecks and
// runMetricChecks, flagger-semantics.md §d.1): thresholdRange min/max when set (equal values pass), else the
// legacy `threshold` (default 0) as a minimum for the success rate and a maximum for everything else.

/** What a check computes: the success rate, a request duration (ms), or a query's raw value. */
export type CheckKind = 'success-rate' | 'duration' | 'value'

/** The bounds Flagger applies to a check, already truncated where Flagger truncates. */
export interface CheckBounds {
  readonly min: number | null
  readonly max: number | null
  /** True when the legacy `threshold` (or its default 0) gives the bound, not thresholdRange. */
  readonly isLegacyThreshold: boolean
}

/** The bounds one check of this metric is held to. */
export function checkBounds(metric: CanaryMetric, kind: CheckKind): CheckBounds {
  // Flagger request-duration: time.Duration(*tr.Max) * time.Millisecond truncates the bound to whole ms (Q11).
  const bound = (v: number | undefined): number | null => (v === undefined ? null : kind === 'duration' ? Math.trunc(v) : v)
  const range = metric.thresholdRange
  if (range) return { min: bound(range.min), max: bound(range.max), isLegacyThreshold: false }
  const threshold = bound(metric.threshold ?? 0)
  if (kind === 'success-rate') return { min: threshold, max: null, isLegacyThreshold: true }
  return { min: null, max: threshold, isLegacyThreshold: true }
}

const subject: Record<CheckKind, string> = {
  'success-rate': 'the success rate (non-5xx responses)',
  duration: 'the request duration',
  value: 'the query result',
}

function unit(kind: CheckKind, n: number): string {
  if (kind === 'success-rate') return `${n} %`
  if (kind === 'duration') return `${n} ms`
  return String(n)
}

/** The check in plain words, e.g. "fails when the success rate (non-5xx responses) is below 99 %". */
export function describeCheck(kind: CheckKind, bounds: CheckBounds, durationLabel = 'P99'): string {
  const what = kind === 'duration' ? `the ${durationLabel} request duration` : subject[kind]
  const parts: string[] = []
  if (bounds.min !== null) parts.push(`below ${unit(kind, bounds.min)}`)
  if (bounds.max !== null) parts.push(`above ${unit(kind, bounds.max)}`)
  if (parts.length === 0) return `never fails on its value (thresholdRange sets neither min nor max); it still fails when the query returns no data`
  let text = `fails when ${what} is ${parts.join(' or ')}`
  if (kind === 'duration') text += ' (the value is truncated to whole milliseconds first)'
  if (bounds.isLegacyThreshold && bounds.max === 0)
    text += ': with neither thresholdRange nor threshold set, any value above 0 fails'
  else if (bounds.isLegacyThreshold) text += ' (legacy threshold)'
  return text
}

/** What a metric's `interval` means, for the words beside the query. */
export function describeInterval(interval: string, analysisInterval: string): string {
  if (interval === '')
    return 'No interval: the query gets an empty range window, which the metrics backend rejects. It is still checked once per analysis.interval.'
  return (
    `The query looks back over the last ${interval} (the PromQL range window [${interval}]). ` +
    `It is not how often the check runs: every metric is checked once per analysis.interval (${analysisInterval}).`
  )
}
