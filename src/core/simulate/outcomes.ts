import { flaggerEvents } from './events.ts'
import { runPostRollout } from './gates.ts'
import { totalWeight } from './next-step-weight.ts'
import type { SimContext } from './sim-context.ts'
import { setPhase, setRoutes, type SimState, type TickLog } from './sim-state.ts'

// How a run ends or changes hands: rollback, promotion, finalising, skipped analysis (scheduler.go).

/** Flagger scheduler.go rollback: all traffic to the primary, canary scaled to 0, Failed, post-rollout hooks. */
export function rollback(ctx: SimContext, s: SimState, log: TickLog): void {
  if (s.failedChecks >= ctx.threshold) log.events.push(flaggerEvents.thresholdReached(ctx, s.failedChecks))
  if (!setRoutes(ctx, s, totalWeight, 0, false, log)) return
  log.events.push(flaggerEvents.canaryFailed(ctx))
  // Flagger scheduler.go rollback: SyncStatus writes Failed with weight, failedChecks and iterations 0 (Q13).
  s.phase = 'Failed'
  s.failedChecks = 0
  s.iterations = 0
  runPostRollout(ctx, log)
}

/** Flagger scheduler.go runCanary/runAB/runBlueGreen: copy the target spec to the primary, phase Promoting. */
export function promote(ctx: SimContext, s: SimState, log: TickLog): void {
  log.events.push(flaggerEvents.copying(ctx))
  setPhase(ctx, s, 'Promoting')
  log.promoted = true
}

/** Flagger scheduler.go advanceCanary, Finalising: canary scaled to 0, Succeeded, post-rollout hooks. */
export function finalise(ctx: SimContext, s: SimState, log: TickLog): void {
  setPhase(ctx, s, 'Succeeded')
  runPostRollout(ctx, log)
  log.events.push(flaggerEvents.promotionCompleted(ctx))
}

/** Flagger scheduler.go shouldSkipAnalysis: route 100/0, promote, scale the canary to 0, Succeeded at once. */
export function skipAnalysis(ctx: SimContext, s: SimState, log: TickLog): void {
  if (!setRoutes(ctx, s, totalWeight, 0, false, log)) return
  log.events.push(flaggerEvents.copying(ctx))
  log.promoted = true
  setPhase(ctx, s, 'Succeeded')
  runPostRollout(ctx, log)
  log.events.push(flaggerEvents.skippedPromotion(ctx))
}

/** Flagger scheduler.go runPromotionTrafficShift: move traffic back to the primary, all at once or by stepWeightPromotion. */
export function shiftTrafficToPrimary(
  ctx: SimContext,
  s: SimState,
  read: { primary: number; canary: number },
  log: TickLog,
): void {
  // Flagger scheduler.go runPromotionTrafficShift: provider kubernetes cannot shift traffic; straight to Finalising.
  if (ctx.isKubernetes) return setPhase(ctx, s, 'Finalising')
  const step = ctx.stepWeightPromotion
  if (step === 0) {
    log.events.push(flaggerEvents.routeAllToPrimary())
    if (!setRoutes(ctx, s, totalWeight, 0, false, log)) return
    log.step = 'route-to-primary'
    return setPhase(ctx, s, 'Finalising')
  }
  if (read.canary <= 0) {
    log.stall = `stepWeightPromotion ${step} has no canary traffic to move back, so Promoting never finishes`
    return
  }
  const primary = Math.min(totalWeight, read.primary + step)
  const canary = Math.max(0, read.canary - step)
  if (!setRoutes(ctx, s, primary, canary, false, log)) return
  log.step = 'route-to-primary'
  log.events.push(flaggerEvents.advancePrimaryWeight(ctx, primary))
  if (primary === totalWeight) setPhase(ctx, s, 'Finalising')
}
