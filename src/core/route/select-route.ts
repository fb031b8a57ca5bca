import type { HttpRoute, TcpRoute, VirtualService } from '../generate/istio-types.ts'
import { retriesOf, setCookieOf, sharesOf, workloadOf, type FlaggerNames } from './destinations.ts'
import { evaluateMatchList, type MatchContext } from './http-match.ts'
import type { NormalizedRequest } from './normalized-request.ts'
import type { RouteDecision } from './trace-request-types.ts'

// Envoy walks a virtual host's routes in order and takes the first whose match holds (Istio keeps the
// VirtualService's http[] order); no route matching means 404 ("NR"). TCP routes are chosen by port.

/** The part of a decision a chosen route fills in. */
export type RoutedPart = Pick<
  RouteDecision,
  'routeKind' | 'routeIndex' | 'matchIndex' | 'workloads' | 'mirror' | 'setCookie' | 'retries' | 'timeout' | 'rewrite'
> & {
  /** Why this route, in words. */
  readonly why: string
}

/** A route chosen, or why none was. */
export type RouteSelection =
  | { readonly found: true; readonly part: RoutedPart }
  | { readonly found: false; readonly why: string; readonly isError: boolean }

function describeShares(part: Pick<RoutedPart, 'workloads'>): string {
  const list = part.workloads.map((w) => `${Math.round(w.percent * 100) / 100} % to ${w.name} (via ${w.service})`)
  if (list.length === 1)
    return `all requests go to ${part.workloads[0]?.name ?? ''} (via ${part.workloads[0]?.service ?? ''})`
  return list.join(' and ')
}

function httpPart(
  route: HttpRoute,
  index: number,
  matchIndex: number | null,
  vsNamespace: string,
  names: FlaggerNames,
): RoutedPart {
  const workloads = sharesOf(route.route, vsNamespace, names)
  const routeCookie = setCookieOf(route.headers)
  const landing = workloads.find((w) => w.setCookie !== null)
  const mirrorTarget = route.mirror ? workloadOf(route.mirror.host, vsNamespace, names) : null
  // Istio: a mirror without mirrorPercentage copies every request.
  const mirror = mirrorTarget ? { ...mirrorTarget, percent: route.mirrorPercentage?.value ?? 100 } : null
  const condition =
    matchIndex === null ? 'has no match conditions, so it takes the request' : `matches (condition ${matchIndex})`
  let why = `route ${index} ${condition}: ${describeShares({ workloads })}`
  if (mirror) why += `, and ${mirror.percent} % of requests are copied to ${mirror.name} (responses discarded)`
  if (routeCookie) why += `; the response sets ${routeCookie}`
  else if (landing && workloads.length > 1)
    why += `; when ${landing.name} answers, the response sets the affinity cookie ${landing.setCookie ?? ''}`
  else if (landing) why += `; the response sets ${landing.setCookie ?? ''}`
  return {
    routeKind: 'http',
    routeIndex: index,
    matchIndex,
    workloads,
    mirror,
    setCookie: routeCookie ?? landing?.setCookie ?? null,
    retries: retriesOf(route),
    timeout: route.timeout ?? null,
    rewrite: route.rewrite ?? null,
    why,
  }
}

/** The first HTTP route of the VirtualService that takes the request. */
export function selectHttpRoute(
  vs: VirtualService,
  req: NormalizedRequest,
  ctx: MatchContext,
  names: FlaggerNames,
): RouteSelection {
  const routes = vs.spec.http ?? []
  const misses: string[] = []
  for (const [i, route] of routes.entries()) {
    const verdict = evaluateMatchList(route.match, req, ctx)
    if (verdict.matched) {
      const part = httpPart(route, i, verdict.matchIndex, ctx.vsNamespace, names)
      const before = misses.length > 0 ? `${misses.join('; ')}; ` : ''
      return { found: true, part: { ...part, why: before + part.why } }
    }
    if (verdict.error) return { found: false, why: `route ${i}: ${verdict.error}`, isError: true }
    misses.push(`route ${i} does not match (${verdict.miss})`)
  }
  const why = routes.length === 0 ? 'the VirtualService has no HTTP routes' : misses.join('; ')
  return { found: false, why, isError: false }
}

function tcpMatches(route: TcpRoute, port: number): boolean {
  if (!route.match || route.match.length === 0) return true
  return route.match.some((m) => m.port === undefined || m.port === port)
}

/** The first TCP route whose port condition holds (Flagger keeps only service.match ports for TCP, §b.2). */
export function selectTcpRoute(
  vs: VirtualService,
  port: number,
  vsNamespace: string,
  names: FlaggerNames,
): RouteSelection {
  const routes = vs.spec.tcp ?? []
  const index = routes.findIndex((r) => tcpMatches(r, port))
  const route = routes[index]
  if (!route) return { found: false, why: `no TCP route of the VirtualService accepts port ${port}`, isError: false }
  const workloads = sharesOf(route.route, vsNamespace, names)
  const condition = route.match && route.match.length > 0 ? `accepts port ${port}` : 'has no port condition'
  return {
    found: true,
    part: {
      routeKind: 'tcp',
      routeIndex: index,
      matchIndex: null,
      workloads,
      mirror: null,
      setCookie: null,
      retries: null,
      timeout: null,
      rewrite: null,
      why: `TCP route ${index} ${condition}: connections are split ${describeShares({ workloads })}`,
    },
  }
}
