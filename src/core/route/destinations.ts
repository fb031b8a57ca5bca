import type { Headers, HttpRoute, HttpRouteDestination } from '../generate/istio-types.ts'
import type { RetriesInEffect, WorkloadShare } from './trace-request-types.ts'

// What a route's destinations reach. Flagger's Services (pkg/router/kubernetes_default.go, §b.7): `<apex>` and
// `<apex>-primary` select the primary pods (`<target>-primary`), `<apex>-canary` selects the target's own pods.

/** The Flagger names a destination resolves against. */
export interface FlaggerNames {
  readonly apex: string
  readonly primaryService: string
  readonly canaryService: string
  readonly target: string
  readonly primaryWorkload: string
}

/** The short Service name of a destination host in `namespace` (FQDN and `name.ns` forms shortened). */
export function shortServiceName(host: string, namespace: string): string {
  for (const suffix of [`.${namespace}.svc.cluster.local`, `.${namespace}.svc`, `.${namespace}`])
    if (host.endsWith(suffix)) return host.slice(0, -suffix.length)
  return host
}

/** The workload a Service host leads to. */
export function workloadOf(host: string, namespace: string, names: FlaggerNames): { service: string; name: string } {
  const service = shortServiceName(host, namespace)
  if (service === names.primaryService || service === names.apex) return { service, name: names.primaryWorkload }
  if (service === names.canaryService) return { service, name: names.target }
  return { service, name: service }
}

/** The Set-Cookie a header-operations block adds or sets, if any. */
export function setCookieOf(headers: Headers | undefined): string | null {
  const response = headers?.response
  for (const ops of [response?.add, response?.set]) {
    const key = Object.keys(ops ?? {}).find((k) => k.toLowerCase() === 'set-cookie')
    if (key !== undefined) return ops?.[key] ?? null
  }
  return null
}

/**
 * Shares of a weighted route in percent (Envoy weighted_clusters): a lone destination takes everything whatever
 * its weight (Flagger's A/B default route carries weight 0, Q16); several split by weight; workloads reached
 * through two Services (apex and primary) are added up; 0 % entries are left out.
 */
export function sharesOf(
  route: readonly (Pick<HttpRouteDestination, 'destination' | 'weight'> & { headers?: Headers })[],
  namespace: string,
  names: FlaggerNames,
): WorkloadShare[] {
  const total = route.reduce((sum, d) => sum + Math.max(0, d.weight), 0)
  const shares = new Map<string, WorkloadShare>()
  route.forEach((d, i) => {
    const percent = route.length === 1 ? 100 : total === 0 ? (i === 0 ? 100 : 0) : (Math.max(0, d.weight) * 100) / total
    if (percent <= 0) return
    const { service, name } = workloadOf(d.destination.host, namespace, names)
    const setCookie = setCookieOf(d.headers)
    const previous = shares.get(name)
    shares.set(name, {
      name,
      service: previous ? `${previous.service}, ${service}` : service,
      percent: (previous?.percent ?? 0) + percent,
      setCookie: previous?.setCookie ?? setCookie,
    })
  })
  return [...shares.values()]
}

// Istio's default HTTP retry policy (pilot networking/core/route/retry DefaultPolicy) when a route sets none.
const istioDefaultRetryOn = 'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes'

/** The retries in effect for a route: its own policy, Istio's default (2 attempts) when unset, none when attempts ≤ 0. */
export function retriesOf(route: HttpRoute): RetriesInEffect {
  const r = route.retries
  if (!r) return { attempts: 2, perTryTimeout: null, retryOn: istioDefaultRetryOn, isIstioDefault: true }
  const attempts = r.attempts ?? 0
  if (attempts <= 0) return { attempts: 0, perTryTimeout: null, retryOn: '', isIstioDefault: false }
  return {
    attempts,
    perTryTimeout: r.perTryTimeout ?? null,
    retryOn: r.retryOn || istioDefaultRetryOn,
    isIstioDefault: false,
  }
}
