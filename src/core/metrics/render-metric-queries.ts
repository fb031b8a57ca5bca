import type { Canary, CanaryMetric } from '../catalog/canary-fields.ts'
import type { FieldPath } from '../diagnostic.ts'
import { analysisIntervalSeconds, effectiveProvider } from '../model/effective.ts'
import { formatDuration, parseGoDuration } from '../text/go-duration.ts'
import { builtinQuery, observerFor, type BuiltinMetricName, type QueryModel } from './builtin-queries.ts'
import { checkBounds, describeCheck, describeInterval, type CheckKind } from './describe-check.ts'
import { renderGoTemplate, usesInterval } from './go-template.ts'
import { effectiveTemplateProvider, needsDurationInterval, type MetricTemplate } from './metric-template.ts'

// One entry per check Flagger runs, in its order (scheduler_metrics.go, flagger-semantics.md §d.1): pass 1 walks
// analysis.metrics running the built-in check (name request-success-rate / request-duration) then the inline
// `query`; pass 2 walks them again running the templateRef check, or failing a metric that has none of the three.

/** The query one metric check runs, its bounds in words, and the error Flagger would hit rendering it. */
export interface RenderedMetric {
  readonly name: string
  readonly metricIndex: number
  readonly path: FieldPath
  readonly source: 'builtin' | 'query' | 'template' | 'none'
  /** The provider that runs the query: the Canary's provider for built-ins, prometheus for inline queries, the template's type. */
  readonly provider: string
  /** The interval substituted into the query ('' when a template metric sets none). */
  readonly interval: string
  readonly query: string | null
  readonly min: number | null
  readonly max: number | null
  readonly check: string
  readonly intervalMeaning: string
  readonly error: string | null
  /** True when the rendering may differ from Flagger's (values only known in the cluster, syntax we do not render). */
  readonly isApproximate: boolean
  /** The MetricTemplate lives outside this file (the usual GitOps layout): why no query is shown. Not a failure. */
  readonly definedElsewhere?: string
}

// pkg/apis/flagger/v1beta1/canary.go GetMetricInterval: the built-in and inline-query default.
const defaultMetricInterval = '1m'

interface Context {
  readonly canary: Canary
  readonly namespace: string
  readonly analysisInterval: string
  readonly templates: readonly MetricTemplate[]
}

/** scheduler_metrics.go toMetricModel: service/ingress/route fall back to the target's name. */
function queryModel(ctx: Context, interval: string): QueryModel {
  const spec = ctx.canary.spec
  const target = spec?.targetRef?.name ?? ''
  return {
    namespace: ctx.namespace,
    target,
    service: spec?.service?.name || target,
    ingress: spec?.ingressRef?.name || target,
    route: spec?.routeRef?.name || target,
    interval,
  }
}

function templateModel(ctx: Context, metric: CanaryMetric, interval: string) {
  const m = queryModel(ctx, interval)
  return {
    functions: { name: ctx.canary.metadata?.name ?? '', namespace: m.namespace, target: m.target, service: m.service, ingress: m.ingress, route: m.route, interval },
    variables: metric.templateVariables,
  }
}

function base(ctx: Context, metric: CanaryMetric, index: number, kind: CheckKind, interval: string) {
  const bounds = checkBounds(metric, kind)
  return {
    name: metric.name ?? '',
    metricIndex: index,
    path: ['spec', 'analysis', 'metrics', index] as FieldPath,
    interval,
    min: bounds.min,
    max: bounds.max,
    check: describeCheck(kind, bounds, kind === 'duration' && /nginx|skipper/.test(effectiveProvider(ctx.canary)) ? 'average' : 'P99'),
    intervalMeaning: describeInterval(interval, ctx.analysisInterval),
  }
}

function renderBuiltin(ctx: Context, metric: CanaryMetric, index: number, name: BuiltinMetricName): RenderedMetric {
  const interval = metric.interval || defaultMetricInterval
  const provider = effectiveProvider(ctx.canary)
  const targetRef = ctx.canary.spec?.targetRef
  const isPlainService = targetRef?.kind === 'Service' && targetRef.apiVersion !== 'serving.knative.dev/v1'
  const observer = observerFor(provider, isPlainService)
  return {
    ...base(ctx, metric, index, name === 'request-success-rate' ? 'success-rate' : 'duration', interval),
    source: 'builtin',
    provider,
    query: builtinQuery(observer, name, queryModel(ctx, interval)),
    error: null,
    // Knative: Flagger substitutes the Knative Service's latest created revision, known only in the cluster.
    isApproximate: observer === 'knative',
  }
}

function renderInlineQuery(ctx: Context, metric: CanaryMetric, index: number): RenderedMetric {
  // Pass 1 defaults the interval of every metric, so inline queries get 1m too (scheduler_metrics.go).
  const interval = metric.interval || defaultMetricInterval
  const rendered = renderGoTemplate(metric.query ?? '', templateModel(ctx, metric, interval))
  const error = rendered.ok
    ? null
    : rendered.isUnsupported
      ? rendered.error
      : `${rendered.error}. Flagger ignores this render error and sends an empty query, which Prometheus rejects: the check fails.`
  return {
    ...base(ctx, metric, index, 'value', interval),
    source: 'query',
    provider: 'prometheus',
    query: rendered.ok ? rendered.text : null,
    error,
    isApproximate: !rendered.ok && rendered.isUnsupported,
  }
}

function findTemplate(ctx: Context, metric: CanaryMetric): { template: MetricTemplate | undefined; namespace: string; name: string } {
  const name = metric.templateRef?.name ?? ''
  // scheduler_metrics.go runMetricChecks: templateRef.namespace when set, else the Canary's namespace.
  const namespace = metric.templateRef?.namespace || ctx.namespace
  const template = ctx.templates.find((t) => t.name === name && (t.namespace ?? ctx.namespace) === namespace)
  return { template, namespace, name }
}

function templateError(template: MetricTemplate, interval: string): string | null {
  const type = template.providerType
  if (needsDurationInterval(type) && parseGoDuration(interval) === undefined)
    return `The ${type} provider reads the metric interval as a Go duration, and "${interval}" is not one: Flagger fails the check ("provider ${type} error").`
  if (interval === '' && usesInterval(template.query))
    return 'The metric sets no interval and template metrics get no default: {{ interval }} renders as an empty string (an empty PromQL range []), so the query fails. Set interval on the metric.'
  return null
}

function renderTemplate(ctx: Context, metric: CanaryMetric, index: number): RenderedMetric {
  const interval = metric.interval ?? ''
  const { template, namespace, name } = findTemplate(ctx, metric)
  const common = { ...base(ctx, metric, index, 'value', interval), source: 'template' as const }
  if (!template)
    return {
      ...common,
      provider: 'prometheus',
      query: null,
      // scheduler_metrics.go runMetricChecks reads the template from the cluster at each check, not from this file.
      error: null,
      definedElsewhere: `MetricTemplate ${namespace}/${name} is defined elsewhere (not in this file): Flagger reads it from the cluster when the check runs, so its query is not shown here.`,
      isApproximate: false,
    }
  const rendered = renderGoTemplate(template.query, templateModel(ctx, metric, interval))
  const error = rendered.ok ? templateError(template, interval) : rendered.error
  return {
    ...common,
    provider: effectiveTemplateProvider(template.providerType),
    query: rendered.ok ? rendered.text : null,
    error: rendered.ok || rendered.isUnsupported ? error : `Metric template ${name}.${namespace} query render error: ${error ?? ''}`,
    isApproximate: !rendered.ok && rendered.isUnsupported,
  }
}

function unusable(ctx: Context, metric: CanaryMetric, index: number): RenderedMetric {
  return {
    ...base(ctx, metric, index, 'value', metric.interval ?? ''),
    source: 'none',
    provider: effectiveProvider(ctx.canary),
    query: null,
    error: `"${metric.name ?? ''}" is neither a built-in metric (request-success-rate, request-duration) nor has a query or templateRef: Flagger fails the check ("no usable metrics template and query were configured").`,
    isApproximate: false,
  }
}

const isBuiltin = (name: string | undefined): name is BuiltinMetricName => name === 'request-success-rate' || name === 'request-duration'

/** Renders, for each analysis.metrics entry, every check Flagger runs for it, in Flagger's order. */
export function renderMetricQueries(canary: Canary, metricTemplates: readonly MetricTemplate[]): RenderedMetric[] {
  const ctx: Context = {
    canary,
    namespace: canary.metadata?.namespace ?? 'default',
    analysisInterval: formatDuration(analysisIntervalSeconds(canary.spec?.analysis)),
    templates: metricTemplates,
  }
  const metrics = canary.spec?.analysis?.metrics ?? []
  const out: RenderedMetric[] = []
  metrics.forEach((metric, i) => {
    if (isBuiltin(metric.name)) out.push(renderBuiltin(ctx, metric, i, metric.name))
    if (metric.query) out.push(renderInlineQuery(ctx, metric, i))
  })
  metrics.forEach((metric, i) => {
    if (metric.templateRef) out.push(renderTemplate(ctx, metric, i))
    else if (!isBuiltin(metric.name) && !metric.query) out.push(unusable(ctx, metric, i))
  })
  return out
}
