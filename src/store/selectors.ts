import type { Canary } from '../core/catalog/canary-fields.ts'
import type { Diagnostic } from '../core/diagnostic.ts'
import { canRedo, canUndo } from '../core/history/history.ts'
import { initialRouting, type RoutingState } from '../core/model/routing.ts'
import { firstTrafficTick } from '../core/simulate/routing-at.ts'
import { simulateAnalysis } from '../core/simulate/scheduler.ts'
import type { Tick, Timeline, WhatIf } from '../core/simulate/types.ts'
import { isEmptyWhatIf } from './intents/set-what-if.ts'
import type { StudioState } from './studio-state.ts'

/** The Canary views show: the current one, or the last one that parsed while the text is broken. */
export const selectShownCanary = (s: StudioState): Canary | undefined => s.analysis.canary ?? s.analysis.lastGoodCanary

/**
 * The Canary data the form shows: the document as written while it parses (so a wrong-typed value is shown,
 * not hidden), else the last Canary that parsed.
 */
export const selectShownData = (s: StudioState): unknown =>
  s.analysis.status === 'ok'
    ? s.analysis.parsed.documents[s.analysis.parsed.canaryIndex]?.data
    : s.analysis.lastGoodCanary

/** True while the form must not write (the text does not parse or has no Canary). */
export const selectIsReadOnly = (s: StudioState): boolean => s.analysis.status !== 'ok'

/** The first YAML syntax error, which the banner names. */
export const selectSyntaxError = (s: StudioState): Diagnostic | undefined =>
  s.analysis.status === 'invalid' ? s.analysis.diagnostics.find((d) => d.severity === 'error') : undefined

export const selectDiagnostics = (s: StudioState): readonly Diagnostic[] => s.analysis.diagnostics

export const selectCanUndo = (s: StudioState): boolean => canUndo(s.history)
export const selectCanRedo = (s: StudioState): boolean => canRedo(s.history)

/** Counts of problems by severity, for the status strip and the Problems tab. */
export function countProblems(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
    else infos++
  }
  return { errors, warnings, infos }
}

const whatIfRuns = new WeakMap<Canary, { whatIf: WhatIf; timeline: Timeline }>()

/**
 * The timeline the views show: the analysis' plain run, or the shown Canary simulated under the what-if (memoised
 * per Canary and what-if object, so it is a stable object while neither changes).
 */
export function selectTimeline(s: StudioState): Timeline | undefined {
  const canary = selectShownCanary(s)
  if (canary === undefined || isEmptyWhatIf(s.whatIf)) return s.analysis.timeline
  const cached = whatIfRuns.get(canary)
  if (cached?.whatIf === s.whatIf) return cached.timeline
  const timeline = simulateAnalysis(canary, s.whatIf)
  whatIfRuns.set(canary, { whatIf: s.whatIf, timeline })
  return timeline
}

/** The index of the tick the views show: the chosen one (clamped to the run), else the first with canary traffic. */
export function selectActiveTickIndex(s: StudioState): number {
  const timeline = selectTimeline(s)
  if (timeline === undefined || timeline.ticks.length === 0) return 0
  const last = timeline.ticks.length - 1
  if (s.selectedTick !== null) return Math.min(s.selectedTick, last)
  const first = firstTrafficTick(timeline)
  return first < 0 ? 0 : first
}

/** The tick the views show (a stable object from the timeline), undefined without a timeline. */
export const selectActiveTick = (s: StudioState): Tick | undefined => selectTimeline(s)?.ticks[selectActiveTickIndex(s)]

let lastRouting: RoutingState = initialRouting

/**
 * The routing at the shown tick, as a value: the same object while its fields are unchanged, so an edit that
 * re-simulates the timeline without changing the shown tick's weights (a threshold, a webhook) rebuilds nothing
 * that depends on the routing.
 */
export function selectRouting(s: StudioState): RoutingState {
  const tick = selectActiveTick(s) ?? initialRouting
  const last = lastRouting
  if (
    tick.primaryWeight === last.primaryWeight &&
    tick.canaryWeight === last.canaryWeight &&
    tick.mirrored === last.mirrored &&
    tick.hasPreviousAffinityCookie === last.hasPreviousAffinityCookie
  )
    return last
  lastRouting = {
    primaryWeight: tick.primaryWeight,
    canaryWeight: tick.canaryWeight,
    mirrored: tick.mirrored,
    hasPreviousAffinityCookie: tick.hasPreviousAffinityCookie,
  }
  return lastRouting
}

/** Why the views show the tick they show: chosen by the person, or picked for them (see selectActiveTickIndex). */
export type ShownTickReason = 'chosen' | 'last' | 'first-traffic' | 'no-traffic'

/** Why the active tick is the one shown: the chosen tick, the last one (the run got shorter), or the automatic pick. */
export function selectShownTickReason(s: StudioState): ShownTickReason {
  const timeline = selectTimeline(s)
  if (timeline === undefined || timeline.ticks.length === 0) return 'chosen'
  if (s.selectedTick !== null) return s.selectedTick > timeline.ticks.length - 1 ? 'last' : 'chosen'
  return firstTrafficTick(timeline) < 0 ? 'no-traffic' : 'first-traffic'
}
