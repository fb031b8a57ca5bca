import type { HookType, WhatIf } from './types.ts'

type GateType = NonNullable<WhatIf['gateRefusals']>[number]['type']

/**
 * Whether the what-if makes every check run at this tick fail: the analysis (rollout hooks and metrics) or, while
 * the canary has no traffic yet, the pre-rollout hooks (flagger-semantics.md "Conventions for our timeline output").
 */
export function isCheckFailing(whatIf: WhatIf, tick: number): boolean {
  if (whatIf.failFromTick !== undefined && tick >= whatIf.failFromTick) return true
  return whatIf.failAtTicks?.includes(tick) ?? false
}

/** Whether the what-if makes the pre-rollout webhooks fail at this tick (every check, or pre-rollout alone). */
export function isPreRolloutFailing(whatIf: WhatIf, tick: number): boolean {
  if (isCheckFailing(whatIf, tick)) return true
  return whatIf.preRolloutFailFromTick !== undefined && tick >= whatIf.preRolloutFailFromTick
}

/** Whether a gate webhook of this type refuses at this tick. */
export function isGateRefusing(whatIf: WhatIf, type: GateType, tick: number): boolean {
  return (whatIf.gateRefusals ?? []).some(
    (r) => r.type === type && tick >= r.fromTick && (r.untilTick === undefined || tick < r.untilTick),
  )
}

/** Whether a rollback webhook signals a rollback at this tick. */
export function isRollbackSignalled(whatIf: WhatIf, tick: number): boolean {
  return whatIf.rollbackHookAtTick === tick
}

/** Whether the hook type is one of the three confirm-* gates. */
export function isGateType(type: HookType): type is GateType {
  return type === 'confirm-rollout' || type === 'confirm-traffic-increase' || type === 'confirm-promotion'
}

/**
 * The first tick from which the what-if answers every tick the same way: from there on, a state that repeats
 * means the run repeats forever.
 */
export function whatIfHorizon(whatIf: WhatIf): number {
  let horizon = Math.max(0, whatIf.failFromTick ?? 0, whatIf.preRolloutFailFromTick ?? 0)
  for (const t of whatIf.failAtTicks ?? []) horizon = Math.max(horizon, t + 1)
  for (const r of whatIf.gateRefusals ?? []) horizon = Math.max(horizon, r.fromTick, r.untilTick ?? 0)
  if (whatIf.rollbackHookAtTick !== undefined) horizon = Math.max(horizon, whatIf.rollbackHookAtTick + 1)
  return Number.isFinite(horizon) ? horizon : Number.MAX_SAFE_INTEGER
}

/**
 * A "checks fail from tick K" value read from text, or why it is not one. Tick 0 is refused: Flagger's detection
 * tick (scheduler.go checkCanaryStatus) ends before any check runs, so failing from 0 would mean the same as 1.
 */
export function parseFailFromTick(text: string): number | string {
  const trimmed = text.trim()
  if (/^\d+$/.test(trimmed) && Number(trimmed) >= 1) return Number(trimmed)
  const hint = /^0+$/.test(trimmed) ? ' (tick 0 detects the revision and runs no check)' : ''
  return `must be a tick number from 1 on${hint}, not "${text}"`
}
