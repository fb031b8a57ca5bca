import { describe, expect, it } from 'vitest'
import type { Canary, CanaryMetric } from '../catalog/canary-fields.ts'
import { readMetricTemplate, type MetricTemplate } from './metric-template.ts'
import { renderMetricQueries } from './render-metric-queries.ts'

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '')

// The guide's example Canary (flagger-istio-guide.md): podinfo in test, two built-in metrics.
function guideCanary(metrics: CanaryMetric[], extra: Partial<NonNullable<Canary['spec']>> = {}): Canary {
  return {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
      service: { port: 9898 },
      analysis: { interval: '1m', threshold: 3, maxWeight: 50, stepWeight: 10, metrics },
      ...extra,
    },
  }
}

// flagger-semantics.md §d.2, the Istio built-ins exactly as Flagger v1.44 sends them for podinfo/test/1m.
const istioSuccessRate = `sum(rate(istio_requests_total{reporter="destination",destination_workload_namespace="test",
    destination_workload=~"podinfo",response_code!~"5.*"}[1m]))
  / sum(rate(istio_requests_total{reporter="destination",destination_workload_namespace="test",
    destination_workload=~"podinfo"}[1m])) * 100`
const istioDuration = `histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{reporter="destination",
    destination_workload_namespace="test",destination_workload=~"podinfo"}[1m])) by (le))`

describe('renderMetricQueries: built-ins', () => {
  it('renders the two Istio built-ins of §d.2 for the guide example', () => {
    const out = renderMetricQueries(
      guideCanary([
        { name: 'request-success-rate', interval: '1m', thresholdRange: { min: 99 } },
        { name: 'request-duration', interval: '1m', thresholdRange: { max: 500 } },
      ]),
      [],
    )
    expect(out.map((m) => squash(m.query))).toEqual([squash(istioSuccessRate), squash(istioDuration)])
    expect(out.every((m) => m.error === null && m.provider === 'istio' && !m.isApproximate)).toBe(true)
    expect(out[0]?.check).toBe('fails when the success rate (non-5xx responses) is below 99 %')
    expect(out[1]?.check).toContain('fails when the P99 request duration is above 500 ms')
  })

  it('defaults the interval to 1m and substitutes a set one into the range window', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'request-success-rate' }, { name: 'request-duration', interval: '30s' }]), [])
    expect(out[0]?.interval).toBe('1m')
    expect(squash(out[0]?.query ?? '')).toBe(squash(istioSuccessRate))
    expect(out[1]?.query).toContain('[30s]')
    expect(out[1]?.intervalMeaning).toContain('once per analysis.interval (1m)')
  })

  it('applies the legacy threshold and truncates duration bounds to whole ms (Q11)', () => {
    const out = renderMetricQueries(
      guideCanary([
        { name: 'request-success-rate', threshold: 95 },
        { name: 'request-duration', thresholdRange: { max: 499.9 } },
        { name: 'request-duration' },
      ]),
      [],
    )
    expect([out[0]?.min, out[0]?.max]).toEqual([95, null])
    expect(out[1]?.max).toBe(499)
    expect(out[2]?.max).toBe(0)
    expect(out[2]?.check).toContain('any value above 0 fails')
  })

  it('uses the Linkerd observer for provider linkerd and falls back to Istio for a Service target', () => {
    const linkerd = renderMetricQueries(guideCanary([{ name: 'request-success-rate' }], { provider: 'linkerd' }), [])
    expect(linkerd[0]?.query).toContain('response_total{namespace="test",deployment=~"podinfo",classification!="failure",direction="inbound"}')
    const service = renderMetricQueries(
      guideCanary([{ name: 'request-success-rate' }], { provider: 'linkerd', targetRef: { apiVersion: 'v1', kind: 'Service', name: 'podinfo' } }),
      [],
    )
    expect(service[0]?.query).toContain('istio_requests_total')
  })

  it('reports nginx durations as an average over the ingress', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'request-duration', thresholdRange: { max: 300 } }], { provider: 'nginx', ingressRef: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'web' } }), [])
    expect(out[0]?.query).toContain('ingress="web"')
    expect(out[0]?.query).toContain('* 1000')
    expect(out[0]?.check).toContain('average request duration')
  })
})

const template = (query: string, extra: Partial<MetricTemplate> = {}): MetricTemplate => ({
  name: 'error-rate',
  namespace: 'test',
  providerType: 'prometheus',
  address: undefined,
  query,
  ...extra,
})

describe('renderMetricQueries: templates and inline queries', () => {
  it('renders a MetricTemplate with template functions and variables', () => {
    const out = renderMetricQueries(
      guideCanary([{ name: 'errors', interval: '2m', templateRef: { name: 'error-rate' }, templateVariables: { tier: 'web' }, thresholdRange: { max: 1 } }]),
      [template('sum(rate(http_errors{ns="{{ namespace }}",app="{{ target }}",svc="{{ service }}",tier="{{ variables.tier }}"}[{{ interval }}]))')],
    )
    expect(out).toHaveLength(1)
    expect(out[0]?.query).toBe('sum(rate(http_errors{ns="test",app="podinfo",svc="podinfo",tier="web"}[2m]))')
    expect(out[0]?.error).toBeNull()
    expect(out[0]?.check).toBe('fails when the query result is above 1')
  })

  it('finds the template in templateRef.namespace', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'e', interval: '1m', templateRef: { name: 'error-rate', namespace: 'flagger' } }]), [
      template('up', { namespace: 'test' }),
      template('up{job="x"}', { namespace: 'flagger' }),
    ])
    expect(out[0]?.query).toBe('up{job="x"}')
  })

  // The usual GitOps layout keeps MetricTemplates in their own files: Flagger (scheduler_metrics.go runMetricChecks)
  // reads the template from the cluster when the check runs, so a template missing from this file is no failure.
  it('reports a template that is not in the file as defined elsewhere, not as an error', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'e', interval: '1m', templateRef: { name: 'latency' } }]), [template('up')])
    expect(out[0]?.error).toBeNull()
    expect(out[0]?.definedElsewhere).toBe(
      'MetricTemplate test/latency is defined elsewhere (not in this file): Flagger reads it from the cluster when the check runs, so its query is not shown here.',
    )
    expect(out[0]?.query).toBeNull()
  })

  it('fails on a variable the metric does not set (missingkey=error)', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'e', interval: '1m', templateRef: { name: 'error-rate' } }]), [template('x{tier="{{ variables.tier }}"}')])
    expect(out[0]?.error).toContain('map has no entry for key "tier"')
  })

  it('fails on an empty interval in a template that uses it, and not in one that does not', () => {
    const uses = renderMetricQueries(guideCanary([{ name: 'e', templateRef: { name: 'error-rate' } }]), [template('rate(x[{{ interval }}])')])
    expect(uses[0]?.interval).toBe('')
    expect(uses[0]?.query).toBe('rate(x[])')
    expect(uses[0]?.error).toContain('no interval')
    const free = renderMetricQueries(guideCanary([{ name: 'e', templateRef: { name: 'error-rate' } }]), [template('up')])
    expect(free[0]?.error).toBeNull()
  })

  it('fails a datadog template whose interval is not a Go duration', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'e', templateRef: { name: 'error-rate' } }]), [template('avg:x{*}', { providerType: 'datadog' })])
    expect(out[0]?.error).toContain('Go duration')
    expect(out[0]?.provider).toBe('datadog')
  })

  it('fails on an undefined template function', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'e', interval: '1m', templateRef: { name: 'error-rate' } }]), [template('{{ pod }}')])
    expect(out[0]?.error).toContain('function "pod" not defined')
  })

  it('fails a metric that is neither built-in nor has a query or templateRef', () => {
    const out = renderMetricQueries(guideCanary([{ name: 'my-metric', interval: '1m' }]), [])
    expect(out[0]?.source).toBe('none')
    expect(out[0]?.error).toContain('no usable metrics template and query')
  })

  it('renders an inline query with the 1m default interval, and its render errors', () => {
    const ok = renderMetricQueries(guideCanary([{ name: 'q', query: 'rate(x{app="{{ target }}"}[{{ interval }}])', threshold: 5 }]), [])
    expect(ok[0]?.query).toBe('rate(x{app="podinfo"}[1m])')
    expect(ok[0]?.provider).toBe('prometheus')
    expect(ok[0]?.max).toBe(5)
    const bad = renderMetricQueries(guideCanary([{ name: 'q', query: '{{ variables.x }}' }]), [])
    expect(bad[0]?.error).toContain('empty query')
  })

  it('runs checks in Flagger order: built-ins and queries first, templates second', () => {
    const out = renderMetricQueries(
      guideCanary([
        { name: 'custom', interval: '1m', templateRef: { name: 'error-rate' } },
        { name: 'request-success-rate', templateRef: { name: 'error-rate' }, interval: '1m' },
      ]),
      [template('up')],
    )
    expect(out.map((m) => [m.metricIndex, m.source])).toEqual([
      [1, 'builtin'],
      [0, 'template'],
      [1, 'template'],
    ])
  })
})

describe('readMetricTemplate', () => {
  it('reads a MetricTemplate document and ignores other kinds', () => {
    const t = readMetricTemplate({
      apiVersion: 'flagger.app/v1beta1',
      kind: 'MetricTemplate',
      metadata: { name: 'not-found-percentage', namespace: 'istio-system' },
      spec: { provider: { type: 'prometheus', address: 'http://prometheus.istio-system:9090' }, query: 'up' },
    })
    expect(t).toEqual({ name: 'not-found-percentage', namespace: 'istio-system', providerType: 'prometheus', address: 'http://prometheus.istio-system:9090', query: 'up' })
    expect(readMetricTemplate({ apiVersion: 'flagger.app/v1beta1', kind: 'Canary' })).toBeUndefined()
  })
})
