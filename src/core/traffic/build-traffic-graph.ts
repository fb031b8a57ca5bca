import type { IstioGateway } from '../gateway/istio-gateway.ts'
import { countNoun } from '../text/count-noun.ts'
import { withGatewayServers } from './gateway-servers.ts'
import type { Canary } from '../catalog/canary-fields.ts'
import { planResources } from '../generate/generate-resources.ts'
import type { GenerateOptions } from '../generate/generate-context.ts'
import { isIstioVirtualService, isKubernetesService, type DestinationRule, type GeneratedObject, type VirtualService } from '../generate/istio-types.ts'
import { isKnativeTarget } from '../providers/provider-routing.ts'
import { providerEntryGraph } from './provider-graph.ts'
import { apexName, effectiveProvider } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import { backendGraph, workloadGraph } from './backend-nodes.ts'
import { entryGraph } from './entry-nodes.ts'
import { routeEdges, trafficRoutes, type RouteSource } from './route-edges.ts'
import type { TrafficBadge, TrafficGraph, TrafficNode, TrafficRoute } from './traffic-graph-types.ts'

const svc = (...rest: string[]) => ['spec', 'service', ...rest]

function badges(vs: VirtualService): TrafficBadge[] {
  const first = vs.spec.http?.[0]
  if (!first) return []
  const out: TrafficBadge[] = []
  const add = (kind: TrafficBadge['kind'], label: string, field: string, explanation: string) =>
    out.push({ kind, label, accessibleName: label, explanation, fields: [svc(field)] })
  if (first.retries) add('retries', `retries ${first.retries.attempts}×${first.retries.perTryTimeout ?? ''}`.replace(/×$/, ''), 'retries', `Istio retries a failed request up to ${countNoun(first.retries.attempts ?? 0, 'time')}${first.retries.retryOn ? ` on ${first.retries.retryOn}` : ''}.`)
  if (first.timeout) add('timeout', `timeout ${first.timeout}`, 'timeout', `Requests taking longer than ${first.timeout} fail with 504.`)
  if (first.headers) add('headers', 'headers', 'headers', 'Request and response headers are set, added or removed on every route.')
  if (first.corsPolicy) add('cors', 'CORS', 'corsPolicy', 'The CORS policy answers browsers’ cross-origin checks.')
  if (first.rewrite) add('rewrite', `rewrite ${first.rewrite.uri ?? first.rewrite.authority ?? ''}`.trim(), 'rewrite', 'The URI or authority is rewritten before the request reaches the Services.')
  return out
}

function virtualServiceNode(vs: VirtualService, routes: TrafficRoute[]): TrafficNode {
  const name = vs.metadata.name
  const delegate = vs.spec.gateways === undefined
  return {
    id: `virtualservice:${name}`,
    kind: 'virtualservice',
    label: name,
    lane: 'shared',
    column: 2,
    order: 0,
    details: delegate ? ['delegate (no hosts, no gateways)'] : vs.spec.hosts.map((h) => `host ${h}`),
    badges: badges(vs),
    routes,
    accessibleName: `VirtualService ${name}`,
    explanation: `The VirtualService Flagger writes and re-weights every step. Its routes are tried in order; the first that matches a request decides where it goes.${delegate ? ' It is a delegate: only a parent VirtualService that delegates to it applies it.' : ''}`,
    fields: [svc('hosts'), svc('gateways'), svc('match'), ['spec', 'targetRef', 'name']],
  }
}

// Istio and Kubernetes objects only: App Mesh has a kind VirtualService, Knative a kind Service.
const ofKind = <K extends GeneratedObject['kind']>(objects: readonly GeneratedObject[], kind: K) =>
  objects.filter((o): o is Extract<GeneratedObject, { kind: K }> => o.kind === kind && (o.apiVersion === 'v1' || o.apiVersion.startsWith('networking.istio.io/')))

function tlsModes(rules: readonly DestinationRule[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const r of rules) {
    const mode = (r.spec.trafficPolicy?.tls as { mode?: string } | undefined)?.mode
    if (mode) out.set(r.spec.host, mode)
  }
  return out
}

/** Providers other than Istio: their split object instead of gateways and a VirtualService (provider-graph.ts). */
function providerTrafficGraph(canary: Canary, routing: RoutingState, plan: ReturnType<typeof planResources>): TrafficGraph {
  const entry = providerEntryGraph(canary, routing)
  const services = plan.objects.filter(isKubernetesService)
  const backend = isKnativeTarget(canary) ? { nodes: [], edges: [] } : backendGraph(canary, services)
  const workloads = isKnativeTarget(canary) ? { nodes: [], edges: [] } : workloadGraph(canary)
  return { nodes: [...entry.nodes, ...backend.nodes, ...workloads.nodes], edges: [...entry.edges, ...backend.edges, ...workloads.edges], notes: entry.notes, diagnostics: [...plan.diagnostics] }
}

/** The traffic picture for this Canary at this routing state, drawn from the objects generateResources writes. */
export function buildTrafficGraph(
  canary: Canary,
  routing: RoutingState,
  options: GenerateOptions & { readonly gateways?: readonly IstioGateway[] } = {},
): TrafficGraph {
  const plan = planResources(canary, routing, options)
  if (effectiveProvider(canary) !== 'istio') return providerTrafficGraph(canary, routing, plan)
  const vsIndex = plan.objects.findIndex(isIstioVirtualService)
  const vs = plan.objects[vsIndex] as VirtualService | undefined
  const apex = apexName(canary)
  const entry = entryGraph(canary, vs, apex)
  const backend = backendGraph(canary, ofKind(plan.objects, 'Service'))
  const workloads = workloadGraph(canary)
  const nodes: TrafficNode[] = withGatewayServers(entry.nodes, options.gateways ?? [], canary.metadata?.namespace || 'default')
  const edges = [...entry.edges]
  if (vs) {
    const src: RouteSource = { canary, vs, vsIndex, provenance: plan.provenance, tlsModes: tlsModes(ofKind(plan.objects, 'DestinationRule')) }
    const routes = trafficRoutes(src)
    nodes.push(virtualServiceNode(vs, routes))
    edges.push(...routeEdges(src, routes))
  }
  nodes.push(...backend.nodes, ...workloads.nodes)
  edges.push(...backend.edges, ...workloads.edges)
  return { nodes, edges, notes: entry.notes, diagnostics: [...plan.diagnostics] }
}
