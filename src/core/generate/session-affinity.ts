import type { SessionAffinity } from '../catalog/canary-fields.ts'
import type { Diagnostic } from '../diagnostic.ts'
import { sessionAffinityMaxAge } from '../model/effective.ts'
import { parseGoDuration } from '../text/go-duration.ts'
import { compact, goMap } from './flagger-structs.ts'
import { analysisPath, servicePath, type GenerateContext } from './generate-context.ts'
import { destination, makeRoute, recordRoute, serviceMatchConditions, type TracedRoute } from './http-routes.ts'
import type { Headers } from './istio-types.ts'
import { cookieMatchConditions } from './match-rules.ts'

const affinityPath = (...rest: string[]) => analysisPath('sessionAffinity', ...rest)

/** SessionAffinity.BuildCookie: "<cookie>; Max-Age=<n>" then Domain, HttpOnly, Partitioned, Path, SameSite, Secure. */
export function buildCookie(sa: SessionAffinity, cookie: string, maxAgeSeconds: number): string {
  let out = `${cookie}; Max-Age=${maxAgeSeconds}`
  if (sa.domain) out += `; Domain=${sa.domain}`
  if (sa.httpOnly) out += '; HttpOnly'
  if (sa.partitioned) out += '; Partitioned'
  if (sa.path) out += `; Path=${sa.path}`
  if (sa.sameSite) out += `; SameSite=${sa.sameSite}`
  if (sa.secure) out += '; Secure'
  return out
}

const setCookie = (value: string): Headers => ({ response: { add: { 'Set-Cookie': value } } })

/** The canary cookie "<cookieName>=<letters>" of the run. */
export const canaryCookie = (ctx: GenerateContext, sa: SessionAffinity): string => `${sa.cookieName ?? ''}=${ctx.cookieLetters}`

/** Result of the session-affinity rules: the routes, or Flagger's SetRoutes error. */
export type AffinityRoutes = { readonly routes: TracedRoute[] } | { readonly error: Diagnostic }

/** The primary cookie's Max-Age: the whole seconds of the raw analysis.interval (time.ParseDuration, no default). */
function primaryMaxAge(ctx: GenerateContext): number | Diagnostic {
  const raw = ctx.canary.spec?.analysis?.interval ?? ''
  const seconds = parseGoDuration(raw)
  if (seconds !== undefined) return Math.trunc(seconds)
  return {
    severity: 'error',
    rule: 'generate-affinity-interval',
    message: `Flagger cannot set the weights: failed to parse canary interval: time: invalid duration "${raw}". With primaryCookieName set, analysis.interval must be a Go duration (e.g. 1m).`,
    path: analysisPath('interval'),
  }
}

/** Flagger istio.go getSessionAffinityRouteRules with canary weight > 0: [sticky canary, (sticky primary), weighted]. */
export function activeAffinityRoutes(ctx: GenerateContext, sa: SessionAffinity, p: number, c: number): AffinityRoutes {
  const withPrimary = (sa.primaryCookieName ?? '') !== ''
  const primaryAge = withPrimary ? primaryMaxAge(ctx) : 0
  if (typeof primaryAge !== 'number') return { error: primaryAge }
  const cookie = canaryCookie(ctx, sa)
  const primaryCookie = `${sa.primaryCookieName ?? ''}=${ctx.primaryCookieLetters}`
  const sticky = (value: string, from: string, toCanary: boolean): TracedRoute => {
    const matches = cookieMatchConditions(value, affinityPath(from), ctx.service.match)
    const route = makeRoute(ctx, matches, [destination(ctx, ctx.primary, toCanary ? 0 : 100), destination(ctx, ctx.canaryHost, toCanary ? 100 : 0)])
    const who = toCanary ? 'canary' : 'primary'
    const why = `Sticky ${who} route: requests carrying the ${who} cookie (${value}) always reach the ${who}.`
    return { route, record: (t) => recordRoute(ctx, route, matches, t, { match: why, weights: [why, why] }) }
  }
  const canaryHeaders = setCookie(buildCookie(sa, cookie, sessionAffinityMaxAge(ctx.canary)))
  const primaryHeaders = withPrimary ? setCookie(buildCookie(sa, primaryCookie, primaryAge)) : undefined
  const matches = serviceMatchConditions(ctx)
  const weighted = makeRoute(ctx, matches, [destination(ctx, ctx.primary, p, primaryHeaders), destination(ctx, ctx.canaryHost, c, canaryHeaders)])
  const weightedRoute: TracedRoute = {
    route: weighted,
    record: (t) => {
      recordRoute(ctx, weighted, matches, t, { match: 'service.match, verbatim.', weights: ['Primary weight at this tick.', 'Canary weight at this tick.'] })
      t(['route', 1, 'headers'], [affinityPath('cookieName'), affinityPath('maxAge'), affinityPath()], 'Responses from the canary set the canary cookie (example letters; Flagger picks 10 random ones per run).')
      if (primaryHeaders)
        t(['route', 0, 'headers'], [affinityPath('primaryCookieName'), analysisPath('interval')], 'Responses from the primary set the primary cookie; its Max-Age is the analysis interval in seconds.')
    },
  }
  const stickyPrimary = withPrimary ? [sticky(primaryCookie, 'primaryCookieName', false)] : []
  return { routes: [sticky(cookie, 'cookieName', true), ...stickyPrimary, weightedRoute] }
}

/** Adds "Set-Cookie: <cookie>; Max-Age=-1" to response.add of a route-level Headers (a copy). */
function withExpiry(h: Headers | undefined, expiry: string): Headers {
  const response = h?.response ?? {}
  return compact({ request: h?.request, response: compact({ set: response.set, add: goMap({ ...response.add, 'Set-Cookie': expiry }), remove: response.remove }) })
}

/**
 * service.headers after the weight-0 session-affinity rules ran: Flagger writes the expiry Set-Cookie into the
 * Canary's own headers object, so every route built from it later in the same SetRoutes carries it too (the A/B
 * routes, when analysis.match is set). Undefined when service.headers is unset (nothing is shared).
 */
export function headersAfterExpiry(ctx: GenerateContext, sa: SessionAffinity): Headers | undefined {
  const route = makeRoute(ctx, [], [])
  return route.headers && withExpiry(route.headers, `${canaryCookie(ctx, sa)}; Max-Age=-1`)
}

/**
 * Flagger istio.go getSessionAffinityRouteRules with canary weight 0 and an earlier run's cookie: an expiry route
 * matching that cookie, then the weighted route. Flagger adds the expiry header to the Headers object the two
 * routes share when service.headers is set, so it then lands on the weighted route too (spec quirk Q7).
 */
export function expiringAffinityRoutes(ctx: GenerateContext, sa: SessionAffinity, p: number, c: number): TracedRoute[] {
  const cookie = canaryCookie(ctx, sa)
  const expiry = `${cookie}; Max-Age=-1`
  const cookieMatches = cookieMatchConditions(cookie, affinityPath('cookieName'), ctx.service.match)
  const dests = () => [destination(ctx, ctx.primary, p), destination(ctx, ctx.canaryHost, c)]
  const sticky = makeRoute(ctx, cookieMatches, dests())
  const expiryRoute = { ...sticky, headers: withExpiry(sticky.headers, expiry) }
  const matches = serviceMatchConditions(ctx)
  const sharesHeaders = ctx.service.headers !== undefined
  const base = makeRoute(ctx, matches, dests())
  const weighted = sharesHeaders ? { ...base, headers: withExpiry(base.headers, expiry) } : base
  const why = `Expiry route: a request still carrying the last run's cookie gets it deleted (Max-Age=-1) and goes to the primary.`
  const weights = ['Primary weight at this tick.', 'Canary weight at this tick.']
  return [
    {
      route: expiryRoute,
      record: (t) => {
        recordRoute(ctx, expiryRoute, cookieMatches, t, { match: why, weights })
        t(['headers'], [affinityPath('cookieName'), ...(sharesHeaders ? [servicePath('headers')] : [])], why)
      },
    },
    {
      route: weighted,
      record: (t) => {
        recordRoute(ctx, weighted, matches, t, { match: 'service.match, verbatim.', weights })
        if (sharesHeaders)
          t(['headers'], [servicePath('headers'), affinityPath('cookieName')], 'Flagger writes the expiry Set-Cookie into the headers object this route shares with the expiry route (quirk Q7).')
      },
    },
  ]
}
