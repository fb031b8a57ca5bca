import type { FieldPath } from '../../diagnostic.ts'
import { crdDurationPattern, parseGoDuration } from '../../text/go-duration.ts'
import { isBuiltInMetric } from '../builtin-metrics.ts'
import { report, type LintContext, type LintRule } from '../lint-rule.ts'

// Durations that pass the CRD pattern (anchored at the start only) but that Go's time.ParseDuration rejects,
// e.g. `1min`, `5mins`, `30sec`. Strings failing the pattern itself are schema-pattern errors.

const isBuiltIn = isBuiltInMetric

function problem(value: string | undefined): boolean {
  return value !== undefined && value !== '' && crdDurationPattern.test(value) && parseGoDuration(value) === undefined
}

function suggestion(value: string): string | undefined {
  const minutesSeconds = /^(\d+)m(\d+)$/.exec(value) // `1m30`: seconds without their unit
  if (minutesSeconds) return `${minutesSeconds[1]}m${minutesSeconds[2]}s`
  const m = /^(\d+)(m|s)/.exec(value)
  return m ? `${m[1]}${m[2]}` : undefined
}

function intervalMessage(ctx: LintContext, value: string): string {
  // GetAnalysisInterval: not a Go duration → 60s; a.6.8: with primaryCookieName every weight change fails.
  const cookie = ctx.analysis.sessionAffinity?.primaryCookieName
    ? ' Worse, with sessionAffinity.primaryCookieName every weight change fails ("failed to parse canary interval") and the canary never advances.'
    : ''
  return `analysis.interval "${value}" passes the CRD but is not a Go duration, so Flagger silently uses 60s.${cookie}`
}

function metricMessage(name: string | undefined, i: number, value: string, isTemplate: boolean): string {
  if (isBuiltIn(name) && !isTemplate)
    return `Metric "${name}" interval "${value}" goes into the PromQL range \`[${value}]\`, which Prometheus rejects: the check fails every tick.`
  // Q10: template metrics pass the string verbatim; valid for Graphite, invalid for PromQL and Go-duration providers.
  return `Metric "${name ?? i}" interval "${value}" is not a Go duration: it breaks PromQL ranges and the Datadog, CloudWatch, New Relic, Dynatrace and Splunk providers (Graphite accepts it).`
}

/** Every duration field that fails Go's parser: path, value, message, and whether it is only informational. */
function findings(ctx: LintContext): { path: FieldPath; value: string; message: string; isInfo: boolean }[] {
  const out: { path: FieldPath; value: string; message: string; isInfo: boolean }[] = []
  const interval = ctx.analysis.interval
  if (interval && problem(interval))
    out.push({
      path: ['spec', 'analysis', 'interval'],
      value: interval,
      message: intervalMessage(ctx, interval),
      isInfo: false,
    })
  ctx.analysis.webhooks?.forEach((hook, i) => {
    // CallWebhook: a timeout that does not parse makes every call fail (a failed check for gating hooks).
    if (hook.timeout && problem(hook.timeout))
      out.push({
        path: ['spec', 'analysis', 'webhooks', i, 'timeout'],
        value: hook.timeout,
        message: `Webhook "${hook.name ?? i}" timeout "${hook.timeout}" is not a Go duration: every call to it fails.`,
        isInfo: false,
      })
  })
  ctx.analysis.metrics?.forEach((metric, i) => {
    const value = metric.interval
    if (!value || !problem(value)) return
    const isTemplate = metric.templateRef !== undefined
    out.push({
      path: ['spec', 'analysis', 'metrics', i, 'interval'],
      value,
      message: metricMessage(metric.name, i, value, isTemplate),
      isInfo: !isBuiltIn(metric.name) || isTemplate,
    })
  })
  return out
}

/** Durations Go's time.ParseDuration rejects although the CRD pattern accepts them. */
export const durationNotGoDuration: LintRule = {
  id: 'duration-not-go-duration',
  severity: 'warning',
  summary: "A duration passes the CRD pattern but Go's time.ParseDuration rejects it (e.g. `1min`).",
  source: 'flagger-semantics.md §e, §a.2 (GetAnalysisInterval), §a.5 (CallWebhook), §d.2–d.3, quirk Q10',
  check(ctx) {
    return findings(ctx).map(({ path, value, message, isInfo }) => {
      const fixed = suggestion(value)
      const fixes = fixed ? [{ title: `Change to ${fixed}`, kind: 'set' as const, path, value: fixed }] : []
      return report(this, path, `${message} Write a Go duration such as ${fixed ?? '1m'}.`, {
        fixes,
        ...(isInfo ? { severity: 'info' as const } : {}),
      })
    })
  },
}
