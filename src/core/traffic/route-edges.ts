import type { Canary } from '../catalog/canary-fields.ts'
import type { FieldPath } from '../diagnostic.ts'
import type { HttpRoute, HttpRouteDestination, VirtualService } from '../generate/istio-types.ts'
import { provenanceOf, type ProvenanceEntry } from '../generate/provenance.ts'
import { cookieName, matchListLabel } from './match-labels.ts'
import type { TrafficEdge, TrafficRoute } from './traffic-graph-types.ts'

/** What route-edges reads: the Canary, its generated VirtualService with provenance, and the DestinationRules' TLS modes. */
export interface RouteSource {
  readonly canary: Canary
  readonly vs: VirtualService
  readonly vsIndex: number
  readonly provenance: readonly ProvenanceEntry[]
  readonly tlsModes: ReadonlyMap<string, string>
}

const weightKeys = ['stepWeight', 'stepWeights', 'maxWeight', 'iterations', 'stepWeightPromotion'] as const

/** The analysis fields that decide the weights of a tick (the timeline reads them). */
function weightFields(canary: Canary): FieldPath[] {
  const analysis = canary.spec?.analysis ?? {}
  return weightKeys.filter((k) => analysis[k] !== undefined).map((k) => ['spec', 'analysis', k])
}

function matchFields(src: RouteSource, index: number, route: HttpRoute): FieldPath[] {
  return (route.match ?? []).flatMap((_, k) => provenanceOf(src.provenance, src.vsIndex, ['spec', 'http', index, 'match', k])?.from ?? [])
}

function classify(src: RouteSource, route: HttpRoute, index: number): TrafficRoute['kind'] {
  if ((src.canary.spec?.analysis?.match?.length ?? 0) > 0) return index === 0 ? 'ab-match' : 'default'
  if (cookieName(route.match) === undefined) return 'weighted'
  if (route.headers?.response?.add?.['Set-Cookie']?.endsWith('Max-Age=-1')) return 'cookie-expiry'
  return route.route.some((d) => d.destination.host.endsWith('-canary') && d.weight === 100) ? 'sticky-canary' : 'sticky-primary'
}

const routeTexts: Record<TrafficRoute['kind'], (label: string, cookie: string) => [string, string]> = {
  'ab-match': (l) => [l, `A/B route: requests matching ${l} are split between primary and canary at this tick's weights; everything else takes the next route.`],
  default: (l) => [`others (${l})`, 'Default route: requests the A/B conditions do not match always reach the primary.'],
  'sticky-canary': (_, c) => [`cookie ${c}`, `Sticky canary route: a request carrying the ${c} cookie, set by an earlier canary response, keeps reaching the canary.`],
  'sticky-primary': (_, c) => [`cookie ${c}`, `Sticky primary route: a request carrying the primary cookie ${c} stays on the primary.`],
  'cookie-expiry': (_, c) => [`old cookie ${c}`, `Expiry route: a request carrying the last run's ${c} cookie gets it deleted (Max-Age=-1) and goes to the primary.`],
  weighted: (l) => [l, 'Weighted route: requests are split between primary and canary at this tick’s weights.'],
  tcp: (l) => [l, 'TCP route: connections are split between primary and canary at this tick’s weights.'],
}

/** The VirtualService's routes in Flagger's order, each with a label, an explanation and its fields. */
export function trafficRoutes(src: RouteSource): TrafficRoute[] {
  if (src.vs.spec.tcp)
    return src.vs.spec.tcp.map((_, index) => ({ index, kind: 'tcp', label: 'all connections', accessibleName: `Route ${index + 1}: TCP`, explanation: routeTexts.tcp('', '')[1], fields: [['spec', 'service', 'appProtocol']] }))
  return (src.vs.spec.http ?? []).map((route, index) => {
    const kind = classify(src, route, index)
    const [label, explanation] = routeTexts[kind](matchListLabel(route.match), cookieName(route.match) ?? '')
    const fields = kind === 'sticky-canary' || kind === 'sticky-primary' || kind === 'cookie-expiry' ? [['spec', 'analysis', 'sessionAffinity'] as FieldPath] : matchFields(src, index, route)
    return { index, kind, label, accessibleName: `Route ${index + 1}: ${label}`, explanation, fields }
  })
}

/** Share of a route's requests a destination gets: its weight over the route's total; a lone destination gets all. */
function share(dest: HttpRouteDestination, all: readonly HttpRouteDestination[]): number {
  if (all.length === 1) return 100
  const total = all.reduce((sum, d) => sum + d.weight, 0)
  return total > 0 ? Math.round((dest.weight / total) * 1000) / 10 : 0
}

function destinationEdge(src: RouteSource, route: TrafficRoute, dest: HttpRouteDestination, all: readonly HttpRouteDestination[], k: number): TrafficEdge {
  const vsId = `virtualservice:${src.vs.metadata.name}`
  const host = dest.destination.host
  const percent = share(dest, all)
  const label = route.kind === 'weighted' || route.kind === 'tcp' ? `${percent}%` : `${route.label} · ${percent}%`
  const tls = src.tlsModes.get(host)
  const lone = all.length === 1 && dest.weight !== 100 ? ` Flagger writes weight ${dest.weight} on this lone destination; Istio sends it every request anyway.` : ''
  return {
    id: `route:${route.index}:${host}`,
    source: vsId,
    target: `service:${host}`,
    sourceHandle: `route:${route.index}`,
    kind: 'route',
    lane: 'shared',
    label,
    ...(tls !== undefined ? { secondaryLabel: `TLS ${tls}` } : {}),
    weightPercent: percent,
    dashed: false,
    active: percent > 0,
    order: route.index * 10 + k,
    accessibleName: `Route ${route.index + 1} to Service ${host}: ${label}`,
    explanation: `${route.explanation} ${percent}% of this route’s requests go to ${host}.${lone}${tls !== undefined ? ` The DestinationRule ${host} sets TLS mode ${tls}.` : ''}`,
    fields: [...route.fields, ...weightFields(src.canary), ...(tls !== undefined ? [['spec', 'service', 'trafficPolicy', 'tls', 'mode'] as FieldPath] : [])],
  }
}

function mirrorEdge(src: RouteSource, route: HttpRoute, index: number): TrafficEdge | undefined {
  if (!route.mirror) return undefined
  const percent = route.mirrorPercentage?.value ?? 100
  return {
    id: `mirror:${index}:${route.mirror.host}`,
    source: `virtualservice:${src.vs.metadata.name}`,
    target: `service:${route.mirror.host}`,
    sourceHandle: `route:${index}`,
    kind: 'mirror',
    lane: 'shared',
    label: `mirror ${percent}%`,
    weightPercent: percent,
    dashed: true,
    active: true,
    order: index * 10 + 9,
    accessibleName: `Mirror from route ${index + 1} to Service ${route.mirror.host}: ${percent}%`,
    explanation: `Mirroring: a copy of ${percent}% of this route’s requests goes to the canary; its responses are discarded, users only see the primary’s.`,
    fields: [['spec', 'analysis', 'mirror'], ...(route.mirrorPercentage ? [['spec', 'analysis', 'mirrorWeight'] as FieldPath] : [])],
  }
}

/** One edge per route destination (weights in percent, conditions, TLS) plus the dashed mirror edge. */
export function routeEdges(src: RouteSource, routes: readonly TrafficRoute[]): TrafficEdge[] {
  const raw: { route: HttpRouteDestination[]; mirror?: HttpRoute }[] = src.vs.spec.tcp ?? src.vs.spec.http?.map((r) => ({ route: r.route, mirror: r })) ?? []
  return raw.flatMap((r, i) => {
    const route = routes[i]
    if (!route) return []
    const edges = r.route.map((d, k) => destinationEdge(src, route, d, r.route, k))
    const mirror = r.mirror && mirrorEdge(src, r.mirror, i)
    return mirror ? [...edges, mirror] : edges
  })
}
