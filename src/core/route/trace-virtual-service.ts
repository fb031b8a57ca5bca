import type { Canary } from '../catalog/canary-fields.ts'
import type { VirtualService } from '../generate/istio-types.ts'
import {
  canaryNamespace,
  findGateway,
  formatGatewayKey,
  resolveGatewayRef,
  sameGateway,
  type GatewayKey,
} from '../gateway/gateway-ref.ts'
import type { IstioGateway } from '../gateway/istio-gateway.ts'
import { admitRequest } from '../gateway/server-admission.ts'
import { derivedNames } from '../model/effective.ts'
import { retriesOf, type FlaggerNames } from './destinations.ts'
import { findVsHost, meshSpellings } from './host-binding.ts'
import type { MatchContext } from './http-match.ts'
import { normalizeRequest, type NormalizedRequest } from './normalized-request.ts'
import { selectHttpRoute, selectTcpRoute, type RouteSelection } from './select-route.ts'
import { noRouteDetails, type RouteDecision, type TraceRequest } from './trace-request-types.ts'

// The request tracer over one VirtualService (the one Flagger generates at the chosen tick). Gateway entries go
// through the Gateway's server admission (when the Gateway is in the file), the VirtualService's gateway binding
// and host list, then its routes; mesh callers use the VirtualService when it is bound to `mesh` and claims the
// host, and otherwise plain Kubernetes Service routing (the apex Service selects the primary pods, §b.7).

/** What the tracer needs: the Canary, Gateways in the file, the generated VirtualService and the request. */
export interface VirtualServiceTraceInput {
  readonly canary: Canary
  readonly gateways: readonly IstioGateway[]
  /** The generated VirtualService; undefined when Flagger would not produce one (e.g. a delegation error). */
  readonly virtualService: VirtualService | undefined
  readonly request: TraceRequest
}

interface Scope {
  readonly req: NormalizedRequest
  readonly names: FlaggerNames
  readonly namespace: string
  readonly vs: VirtualService | undefined
  readonly vsNamespace: string
  readonly vsLabel: string
  readonly vsGateways: readonly GatewayKey[]
  readonly isTcp: boolean
}

function rejected(
  scope: Scope,
  status: number | null,
  explanation: string,
  extra: Partial<RouteDecision> = {},
): RouteDecision {
  return {
    ...noRouteDetails,
    via: formatGatewayKey(scope.req.entry),
    admitted: false,
    status,
    explanation: `${explanation}.`,
    ...extra,
  }
}

function served(
  scope: Scope,
  selection: Extract<RouteSelection, { found: true }>,
  lead: string,
  gateway: RouteDecision['gateway'],
): RouteDecision {
  const { why, ...part } = selection.part
  return {
    ...noRouteDetails,
    ...part,
    via: formatGatewayKey(scope.req.entry),
    admitted: true,
    status: null,
    gateway,
    virtualService: scope.vs?.metadata.name ?? null,
    explanation: `${lead}; ${why}.`,
  }
}

function select(scope: Scope, ctx: MatchContext): RouteSelection {
  if (!scope.vs) return { found: false, why: 'there is no VirtualService', isError: false }
  return scope.isTcp
    ? selectTcpRoute(scope.vs, scope.req.port, scope.vsNamespace, scope.names)
    : selectHttpRoute(scope.vs, scope.req, ctx, scope.names)
}

function traceGateway(
  scope: Scope,
  gateways: readonly IstioGateway[],
  entry: Extract<GatewayKey, { kind: 'gateway' }>,
): RouteDecision {
  const { req } = scope
  const label = `Gateway ${formatGatewayKey(entry)}`
  const doc = findGateway(gateways, entry, scope.namespace)
  let gateway: RouteDecision['gateway'] = { namespace: entry.namespace, name: entry.name, serverIndex: null }
  let lead = `${label} is not in this file, so we assume it admits ${req.host} on port ${req.port}`
  if (doc) {
    const admission = admitRequest(
      doc,
      { host: req.host, port: req.port, protocol: scope.isTcp ? 'tcp' : req.scheme },
      scope.vsNamespace,
      doc.namespace ?? scope.namespace,
    )
    if (!admission.admitted)
      return rejected(scope, admission.status, admission.reason, {
        gateway: { ...gateway, serverIndex: admission.server?.index ?? null },
      })
    const s = admission.server
    gateway = { ...gateway, serverIndex: s.index }
    lead = `${label} admits it on server ${s.index} (port ${s.port.number ?? ''} ${s.port.protocol}, hosts ${s.hosts.join(', ')})`
  }
  if (!scope.vs)
    return rejected(
      scope,
      404,
      `${lead}, but Flagger generates no VirtualService for this Canary, so the gateway has no route for ${req.host}: 404`,
      { gateway },
    )
  if (!scope.vsGateways.some((g) => sameGateway(g, entry)))
    return rejected(
      scope,
      404,
      `${lead}, but VirtualService ${scope.vsLabel} is bound only to [${scope.vsGateways.map(formatGatewayKey).join(', ')}] (service.gateways), so ${label} has no route for ${req.host}: 404`,
      { gateway },
    )
  const vsHost = scope.isTcp
    ? scope.vs.spec.hosts[0]
    : findVsHost(scope.vs.spec.hosts, req.host, scope.vsNamespace, undefined)
  if (vsHost === undefined)
    return rejected(
      scope,
      404,
      `${lead}, but ${req.host} is not among the hosts of VirtualService ${scope.vsLabel} (${scope.vs.spec.hosts.join(', ')}; short names mean <name>.${scope.vsNamespace}.svc.cluster.local at a gateway), so the gateway answers 404`,
      { gateway },
    )
  const selection = select(scope, {
    entry,
    vsNamespace: scope.vsNamespace,
    proxyLabels: doc?.selector ?? {},
    proxyNamespace: doc?.namespace ?? entry.namespace,
  })
  const hostPart = scope.isTcp ? '' : `; host ${req.host} matches VirtualService ${scope.vsLabel} (host ${vsHost})`
  if (!selection.found)
    return rejected(
      scope,
      scope.isTcp ? null : 404,
      `${lead}${hostPart}, but ${selection.why}${selection.isError ? '' : scope.isTcp ? ': the connection is closed' : ', so the gateway answers 404'}`,
      { gateway, virtualService: scope.vs.metadata.name },
    )
  return served(scope, selection, `${lead}${hostPart}`, gateway)
}

function flaggerServiceFor(scope: Scope): string | undefined {
  const { names, namespace, req } = scope
  return [names.apex, names.primaryService, names.canaryService].find((s) =>
    meshSpellings(`${s}.${namespace}.svc.cluster.local`, req.sourceNamespace).includes(req.host),
  )
}

function viaKubernetesService(scope: Scope, why: string): RouteDecision {
  const service = flaggerServiceFor(scope)
  const { names, req } = scope
  if (service === undefined)
    return rejected(
      scope,
      null,
      `${why}; ${req.host} is not one of this Canary's Services (${names.apex}, ${names.primaryService}, ${names.canaryService} in ${scope.namespace}) either, so this Canary's routing does not see the call`,
    )
  const workload = service === names.canaryService ? names.target : names.primaryWorkload
  const selects =
    service === names.canaryService ? `selects the ${workload} pods (the canary)` : `sends them all to ${workload}`
  const sentence =
    service === names.apex
      ? `${why}, and the apex Service ${service} ${selects}`
      : `${why}, so the call goes straight to the ${service} Service, which ${selects}`
  return {
    ...noRouteDetails,
    via: 'mesh',
    admitted: true,
    status: null,
    workloads: [{ name: workload, service, percent: 100, setCookie: null }],
    routeKind: scope.isTcp ? 'tcp' : 'http',
    retries: scope.isTcp ? null : retriesOf({ route: [] }),
    explanation: `${sentence}.`,
  }
}

function traceMesh(scope: Scope): RouteDecision {
  const { req, vs } = scope
  const bound = scope.vsGateways.some((g) => g.kind === 'mesh')
  if (!vs) return viaKubernetesService(scope, 'Flagger generates no VirtualService for this Canary')
  if (!bound)
    return viaKubernetesService(
      scope,
      `mesh is not among service.gateways, so in-mesh calls skip VirtualService ${scope.vsLabel}`,
    )
  const vsHost = findVsHost(vs.spec.hosts, req.host, scope.vsNamespace, { callerNamespace: req.sourceNamespace })
  if (vsHost === undefined)
    return viaKubernetesService(
      scope,
      `${req.host} (called from namespace ${req.sourceNamespace}) is not among the hosts of VirtualService ${scope.vsLabel} (${vs.spec.hosts.join(', ')})`,
    )
  const lead = `From a pod in namespace ${req.sourceNamespace}, host ${req.host} matches VirtualService ${scope.vsLabel} (host ${vsHost}, bound to mesh)`
  const selection = select(scope, {
    entry: req.entry,
    vsNamespace: scope.vsNamespace,
    proxyLabels: req.sourceLabels,
    proxyNamespace: req.sourceNamespace,
  })
  if (!selection.found)
    return rejected(
      scope,
      scope.isTcp ? null : 404,
      `${lead}, but ${selection.why}${selection.isError ? '' : scope.isTcp ? ': the connection is closed' : ', so the sidecar answers 404'}`,
      { virtualService: vs.metadata.name },
    )
  return served(scope, selection, lead, null)
}

/** Follows a request through the Gateway, the generated VirtualService and Flagger's Services to the workloads. */
export function traceWithVirtualService(input: VirtualServiceTraceInput): RouteDecision {
  const { canary, virtualService: vs } = input
  const namespace = canaryNamespace(canary)
  const req = normalizeRequest(input.request, namespace, canary.spec?.service?.port ?? 80)
  const vsNamespace = vs?.metadata.namespace ?? namespace
  const listed = vs?.spec.gateways ?? []
  const scope: Scope = {
    req,
    names: derivedNames(canary),
    namespace,
    vs,
    vsNamespace,
    vsLabel: vs ? `${vsNamespace}/${vs.metadata.name}` : '',
    // Istio: a VirtualService without gateways applies to the mesh only.
    vsGateways: (listed.length > 0 ? listed : ['mesh']).map((g) => resolveGatewayRef(g, vsNamespace)),
    isTcp: (vs?.spec.tcp?.length ?? 0) > 0 && (vs?.spec.http?.length ?? 0) === 0,
  }
  return req.entry.kind === 'mesh' ? traceMesh(scope) : traceGateway(scope, input.gateways, req.entry)
}
