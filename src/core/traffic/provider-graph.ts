import type { Canary } from '../catalog/canary-fields.ts'
import { derivedNames } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import {
  isKnativeTarget,
  providerRouting,
  type ProviderRouting,
  type SplitObject,
} from '../providers/provider-routing.ts'
import { knativeRevisions } from '../route/trace-provider.ts'
import type { TrafficEdge, TrafficNode, TrafficNote, TrafficRoute } from './traffic-graph-types.ts'

// The entry part of the picture for providers other than Istio: in-cluster callers, the object that splits (TrafficSplit,
// App Mesh router, Kuma TrafficRoute, Knative Service) and its weighted edges; the Services and workloads come from
// backend-nodes.ts. Istio's gateways and VirtualService never appear here.

const weightKeys = ['stepWeight', 'stepWeights', 'maxWeight', 'iterations', 'stepWeightPromotion'] as const
const providerField = ['spec', 'provider']

/** The router node's id: `router:<name>`, the id the request tracer's lit path uses. */
export const routerNodeId = (name: string) => `router:${name}`

function callerNode(knative: boolean): TrafficNode {
  return {
    id: 'caller:mesh',
    kind: 'caller',
    label: knative ? 'In-cluster callers' : 'In-mesh callers',
    lane: 'mesh',
    column: 0,
    order: 1,
    details: [],
    accessibleName: knative ? 'Callers inside the cluster' : 'Callers inside the mesh',
    explanation: knative
      ? 'Pods calling the Knative Service by name.'
      : 'Meshed pods calling the service by name, e.g. another microservice.',
    fields: [],
  }
}

function routerNode(routing: ProviderRouting, split: SplitObject, routes: TrafficRoute[]): TrafficNode {
  const modelled = routing.model === 'mesh-split'
  return {
    id: routerNodeId(split.name),
    kind: 'router',
    kindText: split.title,
    label: split.name,
    lane: 'shared',
    column: 2,
    order: 0,
    details: [split.apiVersion, modelled ? `splits calls to ${routing.splitHost ?? ''}` : 'split not modelled here'],
    routes,
    accessibleName: `${split.title} ${split.name}`,
    explanation: modelled
      ? `Provider ${routing.provider}: Flagger writes ${split.kind} ${split.name} and re-weights it every step (${split.origin}); it splits in-cluster calls to ${routing.splitHost ?? ''} between primary and canary.`
      : `Provider ${routing.provider}: Flagger splits the traffic with ${split.kind} ${split.name} (${split.origin}). This app does not model that routing, so no weights are drawn.`,
    fields: [providerField],
  }
}

function weightedRoutes(canary: Canary): TrafficRoute[] {
  const isAb = (canary.spec?.provider ?? '').startsWith('appmesh') && (canary.spec?.analysis?.match?.length ?? 0) > 0
  const weighted: TrafficRoute = {
    index: 0,
    kind: isAb ? 'ab-match' : 'weighted',
    label: isAb ? 'analysis.match headers' : 'all requests',
    accessibleName: 'Route 1: weighted',
    explanation: 'Requests are split between primary and canary at this tick’s weights.',
    fields: [],
  }
  if (!isAb) return [weighted]
  return [
    weighted,
    {
      index: 1,
      kind: 'default',
      label: 'others',
      accessibleName: 'Route 2: others',
      explanation: 'Requests without the analysis.match headers always reach the primary.',
      fields: [['spec', 'analysis', 'match']],
    },
  ]
}

function splitEdge(
  from: string,
  route: number,
  target: string,
  percent: number,
  order: number,
  fields: string[][],
): TrafficEdge {
  return {
    id: `route:${route}:${target}`,
    source: from,
    target,
    sourceHandle: `route:${route}`,
    kind: 'route',
    lane: 'shared',
    label: `${percent}%`,
    weightPercent: percent,
    dashed: false,
    active: percent > 0,
    order,
    accessibleName: `Route ${route + 1} to ${target.replace(/^\w+:/, '')}: ${percent}%`,
    explanation: `${percent}% of these calls go to ${target.replace(/^\w+:/, '')}.`,
    fields,
  }
}

function knativeRevisionNodes(canary: Canary): TrafficNode[] {
  const target = canary.spec?.targetRef?.name ?? ''
  const node = (role: 'primary' | 'canary', order: number, text: string): TrafficNode => ({
    id: `workload:${knativeRevisions[role]}`,
    kind: 'workload',
    role,
    label: knativeRevisions[role],
    lane: 'shared',
    column: 4,
    order,
    details: ['Knative Revision'],
    accessibleName: `${role === 'primary' ? 'Primary' : 'Canary'} revision of ${target}`,
    explanation: text,
    fields: [['spec', 'targetRef']],
  })
  return [
    node(
      'primary',
      0,
      `The revision Flagger records in the flagger.app/primary-revision annotation of ${target}: the stable version.`,
    ),
    node(
      'canary',
      1,
      `The latest revision of ${target}: the new version under analysis (knative.go: latestRevision: true).`,
    ),
  ]
}

/** Callers, the provider's split object and its weighted edges (plus Knative's revisions), with the notes to show. */
export function providerEntryGraph(
  canary: Canary,
  routing: RoutingState,
): { nodes: TrafficNode[]; edges: TrafficEdge[]; notes: TrafficNote[] } {
  const provider = providerRouting(canary)
  const names = derivedNames(canary)
  const knative = isKnativeTarget(canary)
  const caller = callerNode(knative)
  const split = provider.splitObject
  const analysis = canary.spec?.analysis ?? {}
  const fields = weightKeys.filter((k) => analysis[k] !== undefined).map((k) => ['spec', 'analysis', k])
  if (provider.model === 'no-router' || !split) {
    const edge: TrafficEdge = {
      id: `caller:mesh->service:${names.apex}`,
      source: caller.id,
      target: `service:${names.apex}`,
      kind: 'bypass',
      lane: 'mesh',
      label: 'primary only (no router)',
      dashed: true,
      active: true,
      order: 200,
      accessibleName: `In-cluster callers to Service ${names.apex}`,
      explanation: `Provider ${provider.provider} writes no routing object: callers reach the ${names.apex} Service, which selects only the primary pods; the canary is reached only through ${names.canaryService}.`,
      fields: [providerField],
    }
    return { nodes: [caller], edges: [edge], notes: [] }
  }
  const routes = provider.model === 'mesh-split' ? weightedRoutes(canary) : []
  const router = routerNode(provider, split, routes)
  const note: TrafficNote = {
    id: `provider-${provider.model}`,
    accessibleName: `Provider ${provider.provider}: ${split.kind} ${split.name}`,
    explanation: router.explanation,
    fields: [providerField],
  }
  if (provider.model !== 'mesh-split') return { nodes: [router], edges: [], notes: [note] }
  const request: TrafficEdge = {
    id: `${caller.id}->${router.id}`,
    source: caller.id,
    target: router.id,
    kind: 'request',
    lane: 'mesh',
    label: provider.splitHost ?? '',
    dashed: false,
    active: true,
    order: 0,
    accessibleName: `In-cluster calls to ${provider.splitHost ?? ''}`,
    explanation: `Calls to ${provider.splitHost ?? ''} are split by ${split.kind} ${split.name}.`,
    fields: [providerField],
  }
  const [primaryTarget, canaryTarget] = knative
    ? [`workload:${knativeRevisions.primary}`, `workload:${knativeRevisions.canary}`]
    : [`service:${names.primaryService}`, `service:${names.canaryService}`]
  const edges = [
    request,
    splitEdge(router.id, 0, primaryTarget, routing.primaryWeight, 0, fields),
    splitEdge(router.id, 0, canaryTarget, routing.canaryWeight, 1, fields),
  ]
  if (routes.length > 1)
    edges.push(splitEdge(router.id, 1, `service:${names.primaryService}`, 100, 10, [['spec', 'analysis', 'match']]))
  return { nodes: [caller, router, ...(knative ? knativeRevisionNodes(canary) : [])], edges, notes: [note] }
}
