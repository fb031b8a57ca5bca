import type { CanaryMetric } from '../catalog/canary-fields.ts'
import { flaggerEvents, metricFailedEvent } from './events.ts'
import { runConfirmRollout, runRollbackHooks } from './gates.ts'
import { finalise, rollback, shiftTrafficToPrimary, skipAnalysis } from './outcomes.ts'
import { firstHookName, type SimContext } from './sim-context.ts'
import { callHook, readRoutes, type SimState, type TickLog } from './sim-state.ts'
import { runAB, runBlueGreen, runProgressive, type ReadRoutes } from './strategies.ts'
import { isCheckFailing, isPreRolloutFailing } from './what-if.ts'
import { logPerHookEvents } from './work-bounds.ts'

/**
 * One run of Flagger's advanceCanary for a revision already detected or being detected (flagger-semantics.md
 * §a.4 steps 11–23; readiness is assumed, bootstrap done). Mutates `s` into the state after the tick.
 */
export function advanceCanary(ctx: SimContext, s: SimState, tick: number): TickLog {
  const log: TickLog = { hooks: [], events: [], analysis: false, failed: false, promoted: false }
  const read = readRoutes(ctx, s)
  // Flagger scheduler.go checkCanaryStatus: outside a run, every path of confirm-rollout ends the tick.
  if (s.phase === 'Initialized' || s.phase === 'Waiting') {
    runConfirmRollout(ctx, s, tick, log)
    return log
  }
  if (ctx.canary.spec?.skipAnalysis === true) {
    skipAnalysis(ctx, s, log)
    return log
  }
  const isRunning = s.phase === 'Progressing' || s.phase === 'WaitingPromotion'
  if (isRunning && runRollbackHooks(ctx, tick, log)) {
    rollback(ctx, s, log)
    return log
  }
  if (s.phase === 'Promoting') {
    shiftTrafficToPrimary(ctx, s, read, log)
    return log
  }
  if (s.phase === 'Finalising') {
    finalise(ctx, s, log)
    return log
  }
  // Flagger scheduler.go advanceCanary: the threshold is tested before this tick's analysis (§a.8).
  if (isRunning && s.failedChecks >= ctx.threshold) {
    rollback(ctx, s, log)
    return log
  }
  if (!runChecks(ctx, s, read, tick, log)) return log
  if (ctx.isKubernetes) warnKubernetes(ctx, log)
  if (ctx.strategy === 'ab-testing') runAB(ctx, s, tick, log)
  else if (ctx.strategy === 'blue-green') runBlueGreen(ctx, s, read, tick, log)
  else runProgressive(ctx, s, read, tick, log)
  return log
}

// Flagger scheduler.go advanceCanary: pre-rollout hooks while nothing reaches the canary, else the analysis;
// the first failure adds one failed check and ends the tick (a failing pre-rollout hook too: runPreRolloutHooks
// returns false → SetStatusFailedChecks, so the canary stays at weight 0 until the threshold rolls it back).
function runChecks(ctx: SimContext, s: SimState, read: ReadRoutes, tick: number, log: TickLog): boolean {
  if (read.canary === 0 && s.iterations === 0 && !(ctx.mirror && read.mirrored)) {
    log.events.push(flaggerEvents.startingAnalysis(ctx))
    const names = ctx.hooks.get('pre-rollout') ?? []
    if (names.length === 0) return true
    callHook(log, 'pre-rollout')
    if (isPreRolloutFailing(ctx.whatIf, tick)) {
      log.events.push(flaggerEvents.preRolloutFailed(ctx, names[0] ?? ''))
      return failCheck(s, log)
    }
    logPerHookEvents(log, names, flaggerEvents.preRolloutPassed)
    return true
  }
  log.analysis = true
  const hasRolloutHooks = (ctx.hooks.get('rollout')?.length ?? 0) > 0
  if (hasRolloutHooks) callHook(log, 'rollout')
  if (isCheckFailing(ctx.whatIf, tick) && ctx.hasChecks) {
    const metric = firstCheckedMetric(ctx)
    if (hasRolloutHooks) log.events.push(flaggerEvents.externalCheckFailed(ctx, firstHookName(ctx, 'rollout')))
    else if (metric) log.events.push(metricFailedEvent(ctx, metric))
    return failCheck(s, log)
  }
  if (ctx.unusableMetric) {
    log.events.push(flaggerEvents.unusableMetric())
    return failCheck(s, log)
  }
  return true
}

function failCheck(s: SimState, log: TickLog): false {
  s.failedChecks += 1
  log.failed = true
  return false
}

// Flagger scheduler_metrics.go: built-in and inline-query metrics run first (list order), then templates.
function firstCheckedMetric(ctx: SimContext): CanaryMetric | undefined {
  const metrics = ctx.analysis.metrics ?? []
  const isBuiltinCheck = (m: CanaryMetric): boolean =>
    m.name === 'request-success-rate' || m.name === 'request-duration' || (m.query ?? '') !== ''
  return metrics.find(isBuiltinCheck) ?? metrics[0]
}

// Flagger scheduler.go advanceCanary: provider kubernetes drops match and forces iterations, with warnings each tick.
function warnKubernetes(ctx: SimContext, log: TickLog): void {
  if ((ctx.analysis.match?.length ?? 0) > 0) log.events.push(flaggerEvents.abTestingUnsupported())
  if ((ctx.analysis.iterations ?? 0) < 1)
    log.events.push(flaggerEvents.progressiveUnsupported(), flaggerEvents.settingIterations())
}
