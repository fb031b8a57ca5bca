import type { Canary } from '../catalog/canary-fields.ts'
import { rejectedCanaryReason } from '../model/admission.ts'
import { analysisIntervalSeconds, deploymentStrategy } from '../model/effective.ts'
import { advanceCanary } from './advance-canary.ts'
import { flaggerEvents } from './events.ts'
import { buildSimContext, type SimContext } from './sim-context.ts'
import { initialSimState, stateKey, type SimState, type TickLog } from './sim-state.ts'
import type { Outcome, Tick, Timeline, WhatIf } from './types.ts'
import { whatIfHorizon } from './what-if.ts'
import { maxSimulatedEvents } from './work-bounds.ts'

/**
 * The most ticks one simulation runs. Flagger itself has no bound (iterations: 1000000 means a million
 * intervals); a run that reaches this cap ends as 'halted' with `truncated: true`.
 */
export const maxSimulatedTicks = 20_000

/**
 * Simulates Flagger's analysis of one new revision, one tick per analysis interval from the detection tick T0,
 * until it is promoted (Succeeded), rolled back (Failed) or halted (a tick that changes nothing, forever).
 */
export function simulateAnalysis(canary: Canary, whatIf: WhatIf = {}): Timeline {
  const analysis = canary.spec?.analysis
  const intervalSeconds = analysisIntervalSeconds(analysis)
  const base = { strategy: deploymentStrategy(canary), mirror: false, sessionAffinity: false, intervalSeconds }
  // The CRD serves only flagger.app/v1beta1 and requires targetRef and analysis: the API server rejects anything
  // else, so Flagger never runs it (without analysis, controller.go verifySessionAffinity would crash the sync).
  const rejection = rejectedCanaryReason(canary)
  if (rejection !== undefined || !analysis) return haltedAtDetection(base, rejection ?? '', [])
  if (canary.spec?.suspend === true) {
    // Flagger scheduler.go advanceCanary: a suspended Canary does nothing at all, not even detect the revision.
    const reason = 'spec.suspend is true: Flagger skips every run, so the new revision is never analysed'
    return haltedAtDetection(base, reason, [flaggerEvents.suspended()])
  }
  const ctx = buildSimContext(canary, analysis, whatIf)
  return runTicks(ctx, {
    ...base,
    strategy: ctx.strategy,
    mirror: ctx.mirror && ctx.strategy !== 'ab-testing' && !ctx.isKubernetes,
    sessionAffinity: ctx.sessionAffinity && !ctx.isKubernetes && !ctx.hasMatch,
  })
}

type TimelineBase = Pick<Timeline, 'strategy' | 'mirror' | 'sessionAffinity' | 'intervalSeconds'>

function runTicks(ctx: SimContext, base: TimelineBase): Timeline {
  const state = initialSimState()
  const ticks: Tick[] = []
  const seen = new Set<string>()
  const horizon = whatIfHorizon(ctx.whatIf)
  let promotedAtSeconds: number | null = null
  let lastStall: string | undefined
  let eventCount = 0
  for (let k = 0; k < maxSimulatedTicks; k++) {
    const log = advanceCanary(ctx, state, k)
    const tick = toTick(k, base.intervalSeconds, state, log)
    ticks.push(tick)
    eventCount += log.events.length
    if (log.promoted) promotedAtSeconds ??= tick.atSeconds
    lastStall = log.stall ?? lastStall
    if (state.phase === 'Succeeded' || state.phase === 'Failed') {
      const outcome: Outcome = state.phase === 'Succeeded' ? 'promoted' : 'rolled-back'
      return { ...base, ticks, outcome, promotedAtSeconds, finishedAtSeconds: tick.atSeconds }
    }
    // From the what-if horizon on, every tick gets the same answers: a state seen before repeats forever.
    if (k + 1 >= horizon) {
      const key = stateKey(state)
      const haltReason = lastStall ?? repeatReason
      if (seen.has(key))
        return { ...base, ticks, outcome: 'halted', promotedAtSeconds, finishedAtSeconds: null, haltReason }
      seen.add(key)
    }
    if (eventCount >= maxSimulatedEvents) {
      const haltReason = `the simulation stops after ${ticks.length} ticks because it has logged ${eventCount} events (its limit is ${maxSimulatedEvents}); Flagger would keep going (${lastStall ?? 'the run is this long'})`
      return {
        ...base,
        ticks,
        promotedAtSeconds,
        outcome: 'halted',
        finishedAtSeconds: null,
        haltReason,
        truncated: true,
      }
    }
  }
  const haltReason = `the simulation stops after ${maxSimulatedTicks} ticks; Flagger would keep going (${lastStall ?? 'the run is this long'})`
  return { ...base, ticks, promotedAtSeconds, outcome: 'halted', finishedAtSeconds: null, haltReason, truncated: true }
}

const repeatReason = 'each tick repeats the one before, so Flagger never finishes this run'

function toTick(k: number, intervalSeconds: number, s: SimState, log: TickLog): Tick {
  return {
    tick: k,
    atSeconds: k * intervalSeconds,
    phase: s.phase,
    hooks: log.hooks,
    analysis: log.analysis,
    failed: log.failed,
    primaryWeight: s.primaryWeight,
    canaryWeight: s.canaryWeight,
    mirrored: s.mirrored,
    failedChecks: s.failedChecks,
    iterations: s.iterations,
    hasPreviousAffinityCookie: s.isExpiringPreviousCookie,
    events: log.events,
    ...(log.step ? { step: log.step } : {}),
  }
}

function haltedAtDetection(base: TimelineBase, haltReason: string, events: string[]): Timeline {
  const log: TickLog = { hooks: [], events, analysis: false, failed: false, promoted: false }
  const tick = toTick(0, base.intervalSeconds, initialSimState(), log)
  return { ...base, ticks: [tick], outcome: 'halted', promotedAtSeconds: null, finishedAtSeconds: null, haltReason }
}
