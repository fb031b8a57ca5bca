import type { Canary } from '../../core/catalog/canary-fields.ts'
import type { HookType, Phase, Tick, WhatIf } from '../../core/simulate/types.ts'

/** The webhook stages a lane can show, in the order Flagger calls them within a tick (flagger-semantics §a.9). */
export const laneOrder = [
  'confirm-rollout',
  'pre-rollout',
  'rollout',
  'confirm-traffic-increase',
  'confirm-promotion',
  'post-rollout',
  'rollback',
] as const satisfies readonly HookType[]

export type LaneHook = (typeof laneOrder)[number]
export type GateType = NonNullable<WhatIf['gateRefusals']>[number]['type']

const gates: readonly GateType[] = ['confirm-rollout', 'confirm-traffic-increase', 'confirm-promotion']

function definedTypes(canary: Canary | undefined): Set<string> {
  // Flagger scheduler.go runAnalysis: an empty webhook type is a rollout hook.
  return new Set((canary?.spec?.analysis?.webhooks ?? []).map((w) => w.type || 'rollout'))
}

/** The webhook stages the Canary defines, one lane each, in Flagger's call order. */
export function hookLanes(canary: Canary | undefined): LaneHook[] {
  const types = definedTypes(canary)
  return laneOrder.filter((t) => types.has(t))
}

/** The gate webhook types the Canary defines: only these can be made to refuse in a what-if. */
export function definedGates(canary: Canary | undefined): GateType[] {
  const types = definedTypes(canary)
  return gates.filter((t) => types.has(t))
}

/** A run of consecutive ticks, first and last index inclusive. */
export interface TickRun<T = true> {
  readonly from: number
  readonly to: number
  readonly value: T
}

/** Consecutive ticks with the same key (undefined keys are gaps), merged so long runs draw as one shape. */
export function runsBy<T>(ticks: readonly Tick[], key: (t: Tick) => T | undefined): TickRun<T>[] {
  const runs: TickRun<T>[] = []
  let current: { from: number; to: number; value: T } | undefined
  ticks.forEach((tick, i) => {
    const value = key(tick)
    if (current && value !== undefined && value === current.value && current.to === i - 1) current.to = i
    else {
      if (current) runs.push(current)
      current = value === undefined ? undefined : { from: i, to: i, value }
    }
  })
  if (current) runs.push(current)
  return runs
}

/** The phase after each tick, as bands of equal phase. */
export const phaseRuns = (ticks: readonly Tick[]): TickRun<Phase>[] => runsBy(ticks, (t) => t.phase)

/** A corner of the canary-weight step line: from `tick` on, the weight is `weight`. */
export interface WeightCorner {
  readonly tick: number
  readonly weight: number
}

/** The ticks where the canary weight changes (and the first), enough to draw the step line of any length. */
export function weightCorners(ticks: readonly Tick[]): WeightCorner[] {
  const corners: WeightCorner[] = []
  for (const t of ticks) if (corners.at(-1)?.weight !== t.canaryWeight) corners.push({ tick: t.tick, weight: t.canaryWeight })
  return corners
}
