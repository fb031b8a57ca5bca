/** The metric names Flagger evaluates without a query or template (flagger-semantics.md §d.1). */
export const builtInMetricNames = ['request-success-rate', 'request-duration'] as const

/** Whether Flagger checks `name` as a built-in metric (exact match, §d.1 runBuiltinMetricChecks). */
export function isBuiltInMetric(name: string | undefined): boolean {
  return name === 'request-success-rate' || name === 'request-duration'
}
