import type { Diagnostic } from '../diagnostic.ts'
import { analysisPath, type GenerateContext } from './generate-context.ts'
import { destination, makeRoute, orderedRoute, recordRoute, serviceMatchConditions, type TracedRoute } from './http-routes.ts'
import { analysisMatchConditions } from './match-rules.ts'
import { activeAffinityRoutes, expiringAffinityRoutes, headersAfterExpiry } from './session-affinity.ts'

const weightsWhy = ['Primary weight at this tick.', 'Canary weight at this tick.']

/** The single weighted route: service.match, [primary P, canary C] and the common fields. */
function weightedRoute(ctx: GenerateContext, p: number, c: number): TracedRoute {
  const matches = serviceMatchConditions(ctx)
  const route = makeRoute(ctx, matches, [destination(ctx, ctx.primary, p), destination(ctx, ctx.canaryHost, c)])
  return { route, record: (t) => recordRoute(ctx, route, matches, t, { match: 'service.match, verbatim.', weights: weightsWhy }) }
}

/** The two A/B routes: analysis.match (merged with service.match) → [primary P, canary C]; service.match → [primary P]. */
function matchRoutes(ctx: GenerateContext, p: number, c: number): TracedRoute[] {
  const analysisMatch = ctx.canary.spec?.analysis?.match ?? []
  const abMatches = analysisMatchConditions(analysisMatch, ctx.service.match)
  const ab = makeRoute(ctx, abMatches, [destination(ctx, ctx.primary, p), destination(ctx, ctx.canaryHost, c)])
  const defaultMatches = serviceMatchConditions(ctx)
  const fallback = makeRoute(ctx, defaultMatches, [destination(ctx, ctx.primary, p)])
  const matchWhy = 'analysis.match: requests meeting these conditions take part in the A/B test (merged with service.match when set).'
  // Flagger istio.go SetRoutes: the lone primary destination carries the primary weight (0 during A/B; quirk Q16).
  const loneWhy = 'The lone destination carries the primary weight (Flagger writes P even when it is 0; Istio sends all traffic to a lone destination anyway).'
  return [
    { route: ab, record: (t) => recordRoute(ctx, ab, abMatches, t, { match: matchWhy, weights: weightsWhy }) },
    { route: fallback, record: (t) => recordRoute(ctx, fallback, defaultMatches, t, { match: 'service.match, verbatim.', weights: [loneWhy] }) },
  ]
}

/** Sets the mirror on the first route, as Flagger istio.go SetRoutes does (http[0], whatever it is). */
function mirrorFirst(ctx: GenerateContext, routes: TracedRoute[]): TracedRoute[] {
  const [first, ...rest] = routes
  if (!first) return routes
  const mirrorWeight = ctx.canary.spec?.analysis?.mirrorWeight ?? 0
  const route = orderedRoute({
    ...first.route,
    mirror: { host: ctx.canaryHost },
    mirrorPercentage: mirrorWeight > 0 ? { value: mirrorWeight } : undefined,
  })
  const record: TracedRoute['record'] = (t) => {
    first.record(t)
    t(['mirror'], [analysisPath('mirror')], 'Mirroring is on at this tick: a copy of each request goes to the canary, its response discarded.', 'routing')
    if (route.mirrorPercentage) t(['mirrorPercentage'], [analysisPath('mirrorWeight')], 'analysis.mirrorWeight: the share of requests copied.')
  }
  return [{ route, record }, ...rest]
}

/**
 * Flagger istio.go SetRoutes for HTTP, in its order: the weighted route; replaced by the session-affinity routes
 * when sessionAffinity is set; the mirror on http[0]; all replaced by the two match routes when analysis.match is set.
 */
export function httpRouteList(ctx: GenerateContext): { routes: TracedRoute[]; diagnostics: Diagnostic[] } {
  const { primaryWeight: p, canaryWeight: c, mirrored, hasPreviousAffinityCookie } = ctx.routing
  const sa = ctx.canary.spec?.analysis?.sessionAffinity
  const hasMatch = (ctx.canary.spec?.analysis?.match?.length ?? 0) > 0
  let routes = [weightedRoute(ctx, p, c)]
  if (sa) {
    if (c !== 0) {
      const active = activeAffinityRoutes(ctx, sa, p, c)
      // SetRoutes fails before writing anything: the VirtualService keeps the shape Reconcile gave it (100/0).
      if ('error' in active) {
        const reconciled = hasMatch ? matchRoutes(ctx, 100, 0) : [weightedRoute(ctx, 100, 0)]
        return { routes: reconciled, diagnostics: [active.error] }
      }
      routes = active.routes
    } else if (hasPreviousAffinityCookie) routes = expiringAffinityRoutes(ctx, sa, p, c)
    // Weight 0 and no earlier cookie: the state before any run, which Reconcile created with one route. (A SetRoutes
    // call in that state would write the weighted route twice; Istio never reaches the identical copy.)
  }
  if (mirrored) routes = mirrorFirst(ctx, routes)
  if (hasMatch) {
    routes = matchRoutes(ctx, p, c)
    const leaked = sa && c === 0 && hasPreviousAffinityCookie ? headersAfterExpiry(ctx, sa) : undefined
    if (leaked) routes = routes.map((r) => ({ ...r, route: { ...r.route, headers: leaked } }))
  }
  return { routes, diagnostics: [] }
}
