import { flaggerEvents } from './events.ts'
import { totalWeight } from './next-step-weight.ts'
import type { SimContext } from './sim-context.ts'
import type { HookType, Phase, TickStep } from './types.ts'

/** The Canary status and VirtualService routing the simulation carries from one tick to the next. */
export interface SimState {
  phase: Phase
  /** Routing as written by the last SetRoutes (what the mesh carries). */
  primaryWeight: number
  canaryWeight: number
  /** The VirtualService mirrors traffic to the canary. */
  mirrored: boolean
  failedChecks: number
  /** status.iterations. */
  iterations: number
  /** status.sessionAffinityCookie is set (a run's canary cookie). */
  hasAffinityCookie: boolean
  /** status.previousSessionAffinityCookie is set. */
  hasPreviousCookie: boolean
  /** The VirtualService carries the route that expires the previous cookie. */
  isExpiringPreviousCookie: boolean
}

/** What one tick did besides changing the state. */
export interface TickLog {
  readonly hooks: HookType[]
  readonly events: string[]
  analysis: boolean
  failed: boolean
  promoted: boolean
  step?: TickStep
  /** Why this tick made no progress, in plain words, when it did not. */
  stall?: string
}

/** The state before the first tick: a bootstrapped Canary whose target has just changed. */
export function initialSimState(): SimState {
  return {
    phase: 'Initialized',
    primaryWeight: totalWeight,
    canaryWeight: 0,
    mirrored: false,
    failedChecks: 0,
    iterations: 0,
    hasAffinityCookie: false,
    hasPreviousCookie: false,
    isExpiringPreviousCookie: false,
  }
}

/** Records a webhook type as called in this tick (each type once, in first-call order). */
export function callHook(log: TickLog, type: HookType): void {
  if (!log.hooks.includes(type)) log.hooks.push(type)
}

/**
 * The weights and mirror flag the scheduler reads back each tick (router GetRoutes, flagger-semantics.md §b.5).
 */
export function readRoutes(ctx: SimContext, s: SimState): { primary: number; canary: number; mirrored: boolean } {
  // Flagger router/nop.go GetRoutes (provider kubernetes): 0/100 once an iteration ran, else 100/0; never mirrored.
  if (ctx.isKubernetes) {
    const canary = s.iterations > 0 ? totalWeight : 0
    return { primary: totalWeight - canary, canary, mirrored: false }
  }
  // Flagger istio.go GetRoutes reads the last route with a canary destination: with session affinity the mirror
  // sits on http[0], never the last route (quirk Q6); TCP and match routes carry no mirror at all.
  return { primary: s.primaryWeight, canary: s.canaryWeight, mirrored: s.mirrored && !ctx.sessionAffinity }
}

/**
 * Applies SetRoutes(primary, canary, mirrored) as the Istio router does (§b.3, §b.4); returns false when Istio would
 * reject the VirtualService (a negative weight), which leaves everything as it was.
 */
export function setRoutes(
  ctx: SimContext,
  s: SimState,
  primary: number,
  canary: number,
  mirrored: boolean,
  log: TickLog,
): boolean {
  // Flagger router/nop.go SetRoutes (provider kubernetes): nothing to write; traffic stays on the primary.
  if (ctx.isKubernetes) return true
  // Flagger istio.go getSessionAffinityRouteRules: the primary cookie's Max-Age parses the raw interval (§a.6.8).
  if (ctx.affinityIntervalError && canary !== 0) {
    log.events.push(flaggerEvents.affinityIntervalUnparsable(ctx.affinityIntervalError))
    log.stall = `sessionAffinity.primaryCookieName needs analysis.interval as a Go duration (${ctx.affinityIntervalError}), so every weight change fails`
    return false
  }
  if (primary < 0 || canary < 0) {
    log.events.push(flaggerEvents.routesRejected(ctx, primary, canary))
    log.stall = `Istio rejects the VirtualService Flagger writes (weights ${primary}/${canary}), so the routing never changes`
    return false
  }
  s.primaryWeight = primary
  s.canaryWeight = canary
  // Flagger istio.go SetRoutes: TCP routes have no mirror; analysis.match replaces the routes and drops it (Q5).
  s.mirrored = mirrored && !ctx.isTcp && !ctx.hasMatch
  if (ctx.sessionAffinity) applyAffinityCookies(s, canary)
  // Flagger istio.go SetRoutes: analysis.match replaces the cookie routes, expiry route included (§b.3 step 5).
  if (ctx.hasMatch) s.isExpiringPreviousCookie = false
  return true
}

// Flagger istio.go getSessionAffinityRouteRules: a cookie is made for a run with traffic; at weight 0 it becomes
// the previous cookie, which the route then expires (Max-Age=-1).
function applyAffinityCookies(s: SimState, canary: number): void {
  if (canary !== 0) {
    s.hasAffinityCookie = true
    s.isExpiringPreviousCookie = false
    return
  }
  if (s.hasAffinityCookie) s.hasPreviousCookie = true
  s.hasAffinityCookie = false
  s.isExpiringPreviousCookie = s.hasPreviousCookie
}

/** A key equal for equal states, to find a run that repeats itself. */
export function stateKey(s: SimState): string {
  return [
    s.phase,
    s.primaryWeight,
    s.canaryWeight,
    s.mirrored ? 1 : 0,
    s.failedChecks,
    s.iterations,
    s.hasAffinityCookie ? 1 : 0,
    s.hasPreviousCookie ? 1 : 0,
    s.isExpiringPreviousCookie ? 1 : 0,
  ].join('|')
}

/** Sets the phase with Flagger's status side effects (pkg/canary/status.go setStatusPhase). */
export function setPhase(ctx: SimContext, s: SimState, phase: Phase): void {
  s.phase = phase
  if (phase === 'Progressing' || phase === 'Waiting' || phase === 'Promoting') return
  // Flagger status.go setStatusPhase: other phases zero the iterations, except WaitingPromotion's iterations − 1 (Q17).
  s.iterations = phase === 'WaitingPromotion' ? ctx.iterations - 1 : 0
}
