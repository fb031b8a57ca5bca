import { flaggerEvents } from './events.ts'
import { runConfirmPromotion, runConfirmTrafficIncrease } from './gates.ts'
import { nextStepWeight, totalWeight } from './next-step-weight.ts'
import { promote } from './outcomes.ts'
import type { SimContext } from './sim-context.ts'
import { setRoutes, type SimState, type TickLog } from './sim-state.ts'

/** The routing the scheduler read back at the start of the tick. */
export interface ReadRoutes {
  readonly primary: number
  readonly canary: number
  readonly mirrored: boolean
}

/** Canary strategy (advanceCanary step 23 + runCanary, flagger-semantics.md §a.6.1–a.6.3). */
export function runProgressive(ctx: SimContext, s: SimState, read: ReadRoutes, tick: number, log: TickLog): void {
  const step = nextStepWeight(ctx.analysis, read.canary)
  if (step <= 0) {
    log.stall = describeNoStep(ctx, read.canary)
    return
  }
  // Flagger scheduler.go advanceCanary: the gate is skipped while mirrored or WaitingPromotion, and is asked in
  // the promoting tick too (Q2).
  if (!read.mirrored && s.phase !== 'WaitingPromotion' && !runConfirmTrafficIncrease(ctx, tick, log)) return
  if (read.canary >= ctx.maxWeight) {
    if (runConfirmPromotion(ctx, s, tick, log)) promote(ctx, s, log)
    return
  }
  const next = nextRouting(ctx, read, step)
  if (!setRoutes(ctx, s, next.primary, next.canary, next.mirrored, log)) return
  log.events.push(flaggerEvents.advanceWeight(ctx, next.canary))
  const losesMirror = ctx.mirror && read.canary === 0 && (ctx.hasMatch || ctx.sessionAffinity || ctx.isTcp)
  if (losesMirror || next.canary === read.canary) log.stall = describeStuckWeight(ctx, read)
}

function nextRouting(ctx: SimContext, read: ReadRoutes, step: number): ReadRoutes {
  // Flagger scheduler.go runCanary: with mirror, weight 0 first mirrors (100/0), then unmirrors to the first
  // step, unclamped.
  if (ctx.mirror && read.canary === 0) {
    if (!read.mirrored) return { primary: totalWeight, canary: 0, mirrored: true }
    return { primary: totalWeight - step, canary: step, mirrored: false }
  }
  // Flagger scheduler.go runCanary: no clamp to maxWeight (it may overshoot), only to 0…100 (Q3).
  return {
    primary: Math.max(0, read.primary - step),
    canary: Math.min(totalWeight, read.canary + step),
    mirrored: read.mirrored,
  }
}

function describeNoStep(ctx: SimContext, weight: number): string {
  const steps = ctx.analysis.stepWeights ?? []
  if ((ctx.analysis.stepWeight ?? 0) > 0 || steps.length === 0)
    return `stepWeight is ${ctx.analysis.stepWeight ?? 'not set'} and there are no stepWeights, so the canary weight never moves from ${weight} %`
  return `stepWeights [${steps.join(', ')}] give no positive step from ${weight} % (the list must increase), so the canary stays at ${weight} %`
}

function describeStuckWeight(ctx: SimContext, read: ReadRoutes): string {
  if (ctx.mirror && read.canary === 0) {
    const cause = ctx.hasMatch
      ? 'analysis.match drops the mirror from the VirtualService (quirk Q5)'
      : ctx.sessionAffinity
        ? 'with sessionAffinity the mirror sits on the sticky route, which Flagger does not read back (quirk Q6)'
        : 'a TCP route carries no mirror'
    return `mirror: ${cause}, so Flagger never sees the mirror step done and repeats it forever at 0 %`
  }
  return `the canary is at ${read.canary} % but maxWeight ${ctx.maxWeight} is above 100, so it never reaches maxWeight and never promotes (quirk Q3)`
}

/** A/B testing (runAB, §a.6.4): matched traffic to the canary for `iterations` ticks, then promotion. */
export function runAB(ctx: SimContext, s: SimState, tick: number, log: TickLog): void {
  if (ctx.iterations > s.iterations) {
    if (!setRoutes(ctx, s, 0, totalWeight, false, log)) return
    s.iterations += 1
    log.events.push(flaggerEvents.advanceIteration(ctx, s.iterations))
    return
  }
  if (!runConfirmPromotion(ctx, s, tick, log)) return
  if (ctx.iterations === s.iterations) promote(ctx, s, log)
}

/** Blue/green (runBlueGreen, §a.6.5): iterations (mirrored when asked), then 0/100, then promotion. */
export function runBlueGreen(ctx: SimContext, s: SimState, read: ReadRoutes, tick: number, log: TickLog): void {
  if (ctx.iterations > s.iterations) {
    // Flagger scheduler.go runBlueGreen: a failed SetRoutes here is only an event; the iteration still counts.
    if (!ctx.isKubernetes && ctx.mirror && !read.mirrored) setRoutes(ctx, s, totalWeight, 0, true, log)
    s.iterations += 1
    log.events.push(flaggerEvents.advanceIteration(ctx, s.iterations))
    return
  }
  if (!runConfirmPromotion(ctx, s, tick, log)) return
  if (ctx.iterations === s.iterations) {
    if (!ctx.isKubernetes) {
      log.events.push(flaggerEvents.routeAllToCanary(ctx))
      if (!setRoutes(ctx, s, 0, totalWeight, false, log)) return
    }
    s.iterations += 1
    return
  }
  if (ctx.iterations < s.iterations) promote(ctx, s, log)
}
