// The PromQL Flagger v1.44 runs for the two built-in metrics, per observer (pkg/metrics/observers/<provider>.go,
// flagger-semantics.md §d.2). Written here compactly; Flagger sends the same tokens with line breaks and tabs,
// so compare ignoring whitespace. Each query is built from the metric template model of scheduler_metrics.go
// toMetricModel (namespace, target, service, ingress, route) and the metric's interval (default 1m).

/** The values the built-in queries substitute. */
export interface QueryModel {
  readonly namespace: string
  readonly target: string
  readonly service: string
  readonly ingress: string
  readonly route: string
  readonly interval: string
}

/** The two metric names Flagger answers itself. */
export type BuiltinMetricName = 'request-success-rate' | 'request-duration'

/** The Flagger observer that answers a built-in metric (pkg/metrics/observers/factory.go Observer). */
export type ObserverName =
  | 'istio'
  | 'linkerd'
  | 'appmesh'
  | 'contour'
  | 'gloo'
  | 'nginx'
  | 'http'
  | 'skipper'
  | 'traefik'
  | 'osm'
  | 'kuma'
  | 'apisix'
  | 'knative'

interface ObserverQueries {
  readonly successRate: (m: QueryModel) => string
  readonly duration: (m: QueryModel) => string
}

const rate = (selector: string, interval: string): string => `sum(rate(${selector}[${interval}]))`

// success = non-5xx / all, scaled by 100 (every observer multiplies by 100).
const ratio = (ok: string, all: string, interval: string): string => `${rate(ok, interval)} / ${rate(all, interval)} * 100`

const p99 = (selector: string, interval: string): string => `histogram_quantile(0.99, sum(rate(${selector}[${interval}])) by (le))`

function envoyCluster(label: string, pattern: (m: QueryModel) => string): ObserverQueries {
  // contour, gloo, kuma and knative keep a trailing comma inside the matcher (valid PromQL).
  return {
    successRate: (m) =>
      ratio(`envoy_cluster_upstream_rq{${label}=~"${pattern(m)}",envoy_response_code!~"5.*"}`, `envoy_cluster_upstream_rq{${label}=~"${pattern(m)}",}`, m.interval),
    duration: (m) => p99(`envoy_cluster_upstream_rq_time_bucket{${label}=~"${pattern(m)}",}`, m.interval),
  }
}

function podNamed(metric: string, bucket: string, statusLabel: string): ObserverQueries {
  const pods = (m: QueryModel) => `kubernetes_namespace="${m.namespace}",kubernetes_pod_name=~"${m.target}-[0-9a-zA-Z]+(-[0-9a-zA-Z]+)"`
  return {
    successRate: (m) => ratio(`${metric}{${pods(m)},${statusLabel}!~"5.*"}`, `${metric}{${pods(m)}}`, m.interval),
    duration: (m) => p99(`${bucket}{${pods(m)}}`, m.interval),
  }
}

// Flagger skipper.go encodeModelForSkipper: every non-word character of the names becomes "_".
const skipperWord = (s: string) => s.replace(/\W/g, '_')
const skipperRoute = (m: QueryModel) =>
  `kube(ew)?_${skipperWord(m.namespace)}__${skipperWord(m.ingress)}_canary__.*__${skipperWord(m.service)}_canary(_[0-9]+)?`

const istioLabels = (m: QueryModel) => `reporter="destination",destination_workload_namespace="${m.namespace}",destination_workload=~"${m.target}"`
const linkerdLabels = (m: QueryModel) => `namespace="${m.namespace}",deployment=~"${m.target}"`
const nginxLabels = (m: QueryModel) => `namespace="${m.namespace}",ingress="${m.ingress}",canary!=""`
const traefikService = (m: QueryModel) => `service=~"${m.namespace}-${m.target}-canary-[0-9a-zA-Z-]+@kubernetescrd"`
const osmLabels = (m: QueryModel) => `destination_namespace="${m.namespace}",destination_kind="Deployment",destination_name="${m.target}"`
const apisixRoute = (m: QueryModel) => `route=~"${m.namespace}_${m.route}-${m.target}-canary_.+"`

const observers: Record<ObserverName, ObserverQueries> = {
  istio: {
    successRate: (m) => ratio(`istio_requests_total{${istioLabels(m)},response_code!~"5.*"}`, `istio_requests_total{${istioLabels(m)}}`, m.interval),
    duration: (m) => p99(`istio_request_duration_milliseconds_bucket{${istioLabels(m)}}`, m.interval),
  },
  linkerd: {
    successRate: (m) =>
      ratio(`response_total{${linkerdLabels(m)},classification!="failure",direction="inbound"}`, `response_total{${linkerdLabels(m)},direction="inbound"}`, m.interval),
    duration: (m) => p99(`response_latency_ms_bucket{${linkerdLabels(m)},direction="inbound"}`, m.interval),
  },
  appmesh: podNamed('envoy_cluster_upstream_rq', 'envoy_cluster_upstream_rq_time_bucket', 'envoy_response_code'),
  http: podNamed('http_request_duration_seconds_count', 'http_request_duration_seconds_bucket', 'status'),
  contour: envoyCluster('envoy_cluster_name', (m) => `${m.namespace}_${m.service}-canary_[0-9a-zA-Z-]+`),
  gloo: envoyCluster('envoy_cluster_name', (m) => `${m.namespace}-${m.target}-canaryupstream-[0-9a-zA-Z-]+_[0-9a-zA-Z-]+`),
  kuma: envoyCluster('service', (m) => `${m.target}-canary_${m.namespace}_svc_[0-9a-zA-Z-]+`),
  knative: envoyCluster('envoy_cluster_name', (m) => `${m.namespace}/${m.route}`),
  nginx: {
    successRate: (m) =>
      ratio(`nginx_ingress_controller_requests{${nginxLabels(m)},status!~"5.*"}`, `nginx_ingress_controller_requests{${nginxLabels(m)}}`, m.interval),
    // nginx reports an average, not a P99: sum / count of the response duration, in ms.
    duration: (m) =>
      `${rate(`nginx_ingress_controller_response_duration_seconds_sum{${nginxLabels(m)}}`, m.interval)} / ` +
      `${rate(`nginx_ingress_controller_response_duration_seconds_count{${nginxLabels(m)}}`, m.interval)} * 1000`,
  },
  skipper: {
    successRate: (m) =>
      ratio(
        `skipper_response_duration_seconds_bucket{route=~"${skipperRoute(m)}",code!~"5..",le="+Inf"}`,
        `skipper_response_duration_seconds_bucket{route=~"${skipperRoute(m)}",le="+Inf"}`,
        m.interval,
      ),
    duration: (m) =>
      `${rate(`skipper_serve_route_duration_seconds_sum{route=~"${skipperRoute(m)}"}`, m.interval)} / ` +
      `${rate(`skipper_serve_route_duration_seconds_count{route=~"${skipperRoute(m)}"}`, m.interval)} * 1000`,
  },
  traefik: {
    successRate: (m) =>
      ratio(
        `traefik_service_request_duration_seconds_bucket{${traefikService(m)},code!~"5..",le="+Inf"}`,
        `traefik_service_request_duration_seconds_bucket{${traefikService(m)},le="+Inf"}`,
        m.interval,
      ),
    duration: (m) => `${p99(`traefik_service_request_duration_seconds_bucket{${traefikService(m)}}`, m.interval)} * 1000`,
  },
  osm: {
    successRate: (m) => ratio(`osm_request_total{${osmLabels(m)},response_code!~"5.*"}`, `osm_request_total{${osmLabels(m)}}`, m.interval),
    duration: (m) => p99(`osm_request_duration_ms_bucket{${osmLabels(m)}}`, m.interval),
  },
  apisix: {
    successRate: (m) => ratio(`apisix_http_status{${apisixRoute(m)},code!~"5.."}`, `apisix_http_status{${apisixRoute(m)}}`, m.interval),
    duration: (m) => p99(`apisix_http_latency_bucket{type=~"request",${apisixRoute(m)}}`, m.interval),
  },
}

/** The PromQL a Flagger observer runs for one built-in metric. */
export function builtinQuery(observer: ObserverName, metric: BuiltinMetricName, model: QueryModel): string {
  const queries = observers[observer]
  return metric === 'request-success-rate' ? queries.successRate(model) : queries.duration(model)
}

/**
 * The observer Flagger picks for a Canary (scheduler_metrics.go runBuiltinMetricChecks, observers/factory.go):
 * spec.provider, or the -mesh-provider flag (istio by default); a targetRef of kind Service (not Knative) appends
 * ":service", after which only the prefix-matched observers (appmesh, gloo, gatewayapi) keep their own queries
 * and every other provider falls through to the Istio ones.
 */
export function observerFor(provider: string, isPlainServiceTarget: boolean): ObserverName {
  const p = isPlainServiceTarget ? `${provider}:service` : provider
  if (p.startsWith('appmesh')) return 'appmesh'
  if (p.startsWith('gloo')) return 'gloo'
  if (p === 'kubernetes' || p.startsWith('gatewayapi')) return 'http'
  const exact: Record<string, ObserverName> = {
    linkerd: 'linkerd',
    istio: 'istio',
    contour: 'contour',
    nginx: 'nginx',
    skipper: 'skipper',
    traefik: 'traefik',
    osm: 'osm',
    kuma: 'kuma',
    apisix: 'apisix',
    knative: 'knative',
  }
  return exact[p] ?? 'istio'
}
