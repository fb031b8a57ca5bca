import { firstHookName, type SimContext } from './sim-context.ts'
import { flaggerEvents } from './events.ts'
import { callHook, setPhase, type SimState, type TickLog } from './sim-state.ts'
import { isGateRefusing, isRollbackSignalled } from './what-if.ts'
import { logPerHookEvents } from './work-bounds.ts'

// The gate webhooks (scheduler_hooks.go). A gate with no webhook of its type always approves.

/** confirm-rollout (checkCanaryStatus): approval starts the run (Progressing, counters reset); refusal → Waiting. */
export function runConfirmRollout(ctx: SimContext, s: SimState, tick: number, log: TickLog): void {
  const names = ctx.hooks.get('confirm-rollout') ?? []
  if (names.length > 0) callHook(log, 'confirm-rollout')
  if (names.length > 0 && isGateRefusing(ctx.whatIf, 'confirm-rollout', tick)) {
    // Flagger scheduler_hooks.go runConfirmRolloutHooks: the event and phase change only on the first refusal.
    if (s.phase !== 'Waiting') {
      setPhase(ctx, s, 'Waiting')
      log.events.push(flaggerEvents.waitingForApproval(ctx, firstHookName(ctx, 'confirm-rollout')))
    }
    log.stall = 'the confirm-rollout gate refuses, so the new revision waits (phase Waiting) and no traffic moves'
    return
  }
  logPerHookEvents(log, names, flaggerEvents.confirmRolloutPassed)
  log.events.push(flaggerEvents.newRevision(ctx))
  // Flagger scheduler.go checkCanaryStatus: SyncStatus Progressing with weight, failedChecks and iterations 0; the tick ends.
  s.phase = 'Progressing'
  s.failedChecks = 0
  s.iterations = 0
}

/** confirm-traffic-increase (advanceCanary, canary strategy); returns whether the weight may move. */
export function runConfirmTrafficIncrease(ctx: SimContext, tick: number, log: TickLog): boolean {
  const names = ctx.hooks.get('confirm-traffic-increase') ?? []
  if (names.length === 0) return true
  callHook(log, 'confirm-traffic-increase')
  if (isGateRefusing(ctx.whatIf, 'confirm-traffic-increase', tick)) {
    log.events.push(flaggerEvents.waitingForTrafficIncrease(ctx, names[0] ?? ''))
    log.stall = 'the confirm-traffic-increase gate refuses, so the canary weight does not move'
    return false
  }
  logPerHookEvents(log, names, flaggerEvents.trafficIncreasePassed)
  return true
}

/** confirm-promotion (runConfirmPromotionHooks); a refusal moves to WaitingPromotion and rewinds iterations. */
export function runConfirmPromotion(ctx: SimContext, s: SimState, tick: number, log: TickLog): boolean {
  const names = ctx.hooks.get('confirm-promotion') ?? []
  if (names.length === 0) return true
  callHook(log, 'confirm-promotion')
  if (isGateRefusing(ctx.whatIf, 'confirm-promotion', tick)) {
    if (s.phase !== 'WaitingPromotion') {
      setPhase(ctx, s, 'WaitingPromotion')
      log.events.push(flaggerEvents.waitingForPromotion(ctx, names[0] ?? ''))
    } else {
      // Flagger scheduler_hooks.go runConfirmPromotionHooks: later refusals set iterations − 1 again (a.6.6).
      s.iterations = ctx.iterations - 1
    }
    log.stall =
      'the confirm-promotion gate refuses, so the canary waits for promotion approval (phase WaitingPromotion)'
    return false
  }
  logPerHookEvents(log, names, flaggerEvents.promotionPassed)
  return true
}

/** rollback webhooks (advanceCanary step 16); returns whether one signalled a rollback. */
export function runRollbackHooks(ctx: SimContext, tick: number, log: TickLog): boolean {
  const names = ctx.hooks.get('rollback') ?? []
  if (names.length === 0) return false
  callHook(log, 'rollback')
  if (isRollbackSignalled(ctx.whatIf, tick)) {
    log.events.push(flaggerEvents.rollbackHookYes(names[0] ?? ''), flaggerEvents.manualRollback(ctx))
    return true
  }
  logPerHookEvents(log, names, flaggerEvents.rollbackHookNo)
  return false
}

/** post-rollout webhooks, after Succeeded or Failed; their failures are only events, so they always pass here. */
export function runPostRollout(ctx: SimContext, log: TickLog): void {
  const names = ctx.hooks.get('post-rollout') ?? []
  if (names.length === 0) return
  callHook(log, 'post-rollout')
  logPerHookEvents(log, names, flaggerEvents.postRolloutPassed)
}
