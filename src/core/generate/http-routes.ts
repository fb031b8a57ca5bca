import type { FieldPath } from '../diagnostic.ts'
import { compact, corsPolicy, headers, httpMatchRequest, retries, rewrite } from './flagger-structs.ts'
import { servicePath, type GenerateContext } from './generate-context.ts'
import type { Headers, HttpRoute, HttpRouteDestination } from './istio-types.ts'
import type { TracedMatch } from './match-rules.ts'
import { under, type Trace } from './provenance.ts'

/** A route under construction, with a deferred provenance recorder (its index is known only at the end). */
export interface TracedRoute {
  readonly route: HttpRoute
  readonly record: (trace: Trace) => void
}

/**
 * Flagger istio.go makeDestination: `port: {number: service.port}` only when portDiscovery is on and either the
 * first gateway is not "mesh" or delegation is on.
 */
export function hasDestinationPort(ctx: GenerateContext): boolean {
  const s = ctx.service
  const first = s.gateways?.[0]
  return s.portDiscovery === true && ((first !== undefined && first !== 'mesh') || s.delegation === true)
}

/** A route destination to `host` with `weight`, recording where host, port and weight come from. */
export function destination(ctx: GenerateContext, host: string, weight: number, headersValue?: Headers): HttpRouteDestination {
  const withPort = hasDestinationPort(ctx) && ctx.service.port !== undefined
  return compact({
    destination: compact({ host, port: withPort ? { number: ctx.service.port as number } : undefined }),
    weight,
    headers: headersValue,
  })
}

/** Records provenance for one destination of a route. */
export function recordDestination(ctx: GenerateContext, trace: Trace, d: HttpRouteDestination, weightWhy: string, weightFrom: FieldPath[] = []): void {
  trace(['destination', 'host'], [ctx.apexFrom], `Flagger names the Services after the apex (${ctx.apex}).`, 'flagger')
  if (d.destination.port)
    trace(['destination', 'port'], [servicePath('port'), servicePath('portDiscovery'), servicePath('gateways')], 'portDiscovery is on and the first gateway is not mesh (or delegation is on), so Flagger pins the Service port.')
  trace(['weight'], weightFrom, weightWhy, weightFrom.length > 0 ? 'canary' : 'routing')
}

/** The fields every HTTP route of Flagger's carries: rewrite, timeout, retries, corsPolicy, headers. */
function commonFields(ctx: GenerateContext): Pick<HttpRoute, 'rewrite' | 'timeout' | 'retries' | 'corsPolicy' | 'headers'> {
  const s = ctx.service
  return {
    rewrite: s.rewrite && rewrite(s.rewrite),
    timeout: s.timeout === '' ? undefined : s.timeout,
    retries: s.retries && retries(s.retries),
    corsPolicy: s.corsPolicy && corsPolicy(s.corsPolicy),
    headers: s.headers && headers(s.headers),
  }
}

/** Records provenance for the common fields present on a route. */
export function recordCommon(route: HttpRoute, trace: Trace): void {
  if (route.rewrite) trace(['rewrite'], [servicePath('rewrite')], 'service.rewrite, without its type (Istio has none).')
  if (route.timeout) trace(['timeout'], [servicePath('timeout')], 'service.timeout, on every route Flagger writes.')
  if (route.retries) trace(['retries'], [servicePath('retries')], 'service.retries; attempts is always written (0 when unset).')
  if (route.corsPolicy) trace(['corsPolicy'], [servicePath('corsPolicy')], 'service.corsPolicy, on every route Flagger writes.')
  if (route.headers) trace(['headers'], [servicePath('headers')], 'service.headers, on every route Flagger writes.')
}

/** Records provenance for a route's match list. */
export function recordMatches(matches: readonly TracedMatch[], trace: Trace, why: string): void {
  matches.forEach((m, i) => trace(['match', i], m.from, why))
}

/** An HTTPRoute with Flagger's struct key order: match, route, rewrite, timeout, retries, mirror, mirrorPercentage, corsPolicy, headers. */
export function orderedRoute(r: HttpRoute): HttpRoute {
  return compact({
    match: r.match && r.match.length > 0 ? r.match : undefined,
    route: r.route,
    rewrite: r.rewrite,
    timeout: r.timeout,
    retries: r.retries,
    mirror: r.mirror,
    mirrorPercentage: r.mirrorPercentage,
    corsPolicy: r.corsPolicy,
    headers: r.headers,
  })
}

/** A route with the common fields, the given match and destinations. */
export function makeRoute(ctx: GenerateContext, match: readonly TracedMatch[], route: HttpRouteDestination[]): HttpRoute {
  return orderedRoute({ match: match.map((m) => m.match), route, ...commonFields(ctx) })
}

/** service.match as the weighted route's conditions (verbatim, through Flagger's struct). */
export function serviceMatchConditions(ctx: GenerateContext): TracedMatch[] {
  return (ctx.service.match ?? []).map((m, i) => ({ match: httpMatchRequest(m), from: [servicePath('match', i)] }))
}

/** Records the route-level provenance shared by every weighted route: match, destinations, common fields. */
export function recordRoute(
  ctx: GenerateContext,
  route: HttpRoute,
  matches: readonly TracedMatch[],
  trace: Trace,
  text: { match: string; weights: string[] },
): void {
  recordMatches(matches, trace, text.match)
  route.route.forEach((d, i) => recordDestination(ctx, under(trace, ['route', i]), d, text.weights[i] ?? 'Weight at this tick.'))
  recordCommon(route, trace)
}
