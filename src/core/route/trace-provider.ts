import type { Canary } from '../catalog/canary-fields.ts'
import { canaryNamespace, formatGatewayKey } from '../gateway/gateway-ref.ts'
import { derivedNames } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import {
  describeSplitObject,
  isKnativeTarget,
  providerRouting,
  type ProviderRouting,
} from '../providers/provider-routing.ts'
import { meshSpellings } from './host-binding.ts'
import { normalizeRequest, type NormalizedRequest } from './normalized-request.ts'
import { matchString } from './string-match.ts'
import { noRouteDetails, type RouteDecision, type TraceRequest, type WorkloadShare } from './trace-request-types.ts'

// The request tracer for providers other than Istio. Mesh providers that split in-cluster calls to one host (SMI
// TrafficSplit, App Mesh VirtualRouter, Kuma TrafficRoute, Knative Service traffic) are followed at the tick's
// weights; provider kubernetes has no router (the apex Service selects the primary, kubernetes_default.go);
// ingress-level providers (NGINX, Contour, Gloo, Gateway API, Traefik, Skipper, APISIX) are not modelled.

/** Knative revisions as the tracer and the diagram name them: Flagger annotates the primary one, the canary is the latest. */
export const knativeRevisions = { primary: 'primary revision', canary: 'latest revision' } as const

function routerOf(routing: ProviderRouting): RouteDecision['router'] {
  const o = routing.splitObject
  return o ? { kind: o.kind, apiVersion: o.apiVersion, name: o.name } : null
}

function unmodelled(req: NormalizedRequest, routing: ProviderRouting, why: string): RouteDecision {
  return {
    ...noRouteDetails,
    via: formatGatewayKey(req.entry),
    admitted: false,
    status: null,
    router: routerOf(routing),
    unmodelledProvider: routing.provider,
    explanation: why,
  }
}

function addresses(req: NormalizedRequest, service: string, namespace: string): boolean {
  return meshSpellings(`${service}.${namespace}.svc.cluster.local`, req.sourceNamespace).includes(req.host)
}

/** App Mesh's A/B route matches when every header of every analysis.match entry matches (makeHeaders flattens them). */
function matchesAbHeaders(canary: Canary, req: NormalizedRequest): boolean {
  const headers = (canary.spec?.analysis?.match ?? []).flatMap((m) => Object.entries(m.headers ?? {}))
  return headers.every(([name, m]) => {
    const value = req.headers.get(name.toLowerCase())
    if (m.suffix !== undefined && m.exact === undefined && m.prefix === undefined && m.regex === undefined)
      return value !== undefined && value.endsWith(m.suffix)
    return matchString(m, value).matched
  })
}

function split(canary: Canary, routing: RoutingState): WorkloadShare[] {
  const names = derivedNames(canary)
  const knative = isKnativeTarget(canary)
  const shares: WorkloadShare[] = [
    {
      name: knative ? knativeRevisions.primary : names.primaryWorkload,
      service: knative ? names.target : names.primaryService,
      percent: routing.primaryWeight,
      setCookie: null,
    },
    {
      name: knative ? knativeRevisions.canary : names.target,
      service: knative ? names.target : names.canaryService,
      percent: routing.canaryWeight,
      setCookie: null,
    },
  ]
  return shares.filter((s) => s.percent > 0)
}

function traceSplit(
  canary: Canary,
  routing: RoutingState,
  req: NormalizedRequest,
  provider: ProviderRouting,
): RouteDecision {
  const object = provider.splitObject ? describeSplitObject(provider.splitObject) : ''
  const isAb = provider.provider.startsWith('appmesh') && (canary.spec?.analysis?.match?.length ?? 0) > 0
  const base = {
    ...noRouteDetails,
    via: 'mesh',
    admitted: true,
    status: null,
    routeKind: 'http' as const,
    router: routerOf(provider),
  }
  if (isAb && !matchesAbHeaders(canary, req)) {
    const names = derivedNames(canary)
    return {
      ...base,
      routeIndex: 1,
      workloads: [{ name: names.primaryWorkload, service: names.primaryService, percent: 100, setCookie: null }],
      explanation: `${object} splits calls to ${req.host}; the request lacks the analysis.match headers, so the second route (priority 20) sends it to the primary.`,
    }
  }
  const workloads = split(canary, routing)
  const shares = workloads.map((w) => `${w.percent} % to ${w.name}`).join(' and ')
  return {
    ...base,
    routeIndex: 0,
    workloads,
    explanation: `${object} splits in-cluster calls to ${req.host} at this tick's weights: ${shares}.`,
  }
}

function viaService(canary: Canary, req: NormalizedRequest, namespace: string, why: string): RouteDecision {
  const names = derivedNames(canary)
  const service = [names.apex, names.primaryService, names.canaryService].find((s) => addresses(req, s, namespace))
  if (service === undefined)
    return {
      ...noRouteDetails,
      via: 'mesh',
      admitted: false,
      status: null,
      explanation: `${why}; ${req.host} is not one of this Canary's Services (${names.apex}, ${names.primaryService}, ${names.canaryService} in ${namespace}), so this Canary's routing does not see the call.`,
    }
  const workload = service === names.canaryService ? names.target : names.primaryWorkload
  const role = service === names.canaryService ? 'the canary' : 'the primary'
  return {
    ...noRouteDetails,
    via: 'mesh',
    admitted: true,
    status: null,
    routeKind: 'http',
    workloads: [{ name: workload, service, percent: 100, setCookie: null }],
    explanation: `${why}; the ${service} Service selects the ${workload} pods (${role}), so the call goes there.`,
  }
}

/** Where a request goes for a provider other than Istio, or why that provider's routing is not followed. */
export function traceProviderRequest(canary: Canary, routing: RoutingState, request: TraceRequest): RouteDecision {
  const namespace = canaryNamespace(canary)
  const req = normalizeRequest(request, namespace, canary.spec?.service?.port ?? 80)
  const provider = providerRouting(canary)
  const object = provider.splitObject
    ? `${describeSplitObject(provider.splitObject)}, ${provider.splitObject.origin}`
    : ''
  if (provider.model === 'not-modelled')
    return unmodelled(
      req,
      provider,
      `Provider ${provider.provider}: the traffic split is done by ${object || 'its own routing objects'}, which this app does not model; trace the request with your ingress's own tools.`,
    )
  if (req.entry.kind !== 'mesh')
    return unmodelled(
      req,
      provider,
      `Provider ${provider.provider}: requests through gateway ${formatGatewayKey(req.entry)} are not modelled; only in-cluster calls (--via mesh) are.`,
    )
  if (provider.model === 'no-router')
    return viaService(
      canary,
      req,
      namespace,
      'Provider kubernetes writes no routing object and shifts no traffic (blue/green)',
    )
  const host = provider.splitHost ?? ''
  if (host !== '' && addresses(req, host, namespace)) return traceSplit(canary, routing, req, provider)
  if (isKnativeTarget(canary))
    return {
      ...noRouteDetails,
      via: 'mesh',
      admitted: false,
      status: null,
      router: routerOf(provider),
      explanation: `${req.host} is not the Knative Service ${host} (${namespace}), so this Canary's routing does not see the call.`,
    }
  const splitter = provider.splitObject ? `${provider.splitObject.kind} ${provider.splitObject.name}` : 'the provider'
  return viaService(canary, req, namespace, `${splitter} splits only calls to ${host}, not to ${req.host}`)
}
