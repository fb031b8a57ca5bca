import type { WebhookType } from '../catalog/canary-fields.ts'
import type { Strategy } from '../model/effective.ts'

/** Canary phases as Flagger names them (pkg/apis/flagger/v1beta1/status.go). */
export type Phase =
  | 'Initializing'
  | 'Initialized'
  | 'Waiting'
  | 'Progressing'
  | 'WaitingPromotion'
  | 'Promoting'
  | 'Finalising'
  | 'Succeeded'
  | 'Failed'

/** Webhook types in the order Flagger can call them within one tick. */
export type HookType = Exclude<WebhookType, ''>

/** One run of advanceCanary; weights and phase are the values after the tick. */
export interface Tick {
  readonly tick: number
  readonly atSeconds: number
  readonly phase: Phase
  /** Webhook types the spec defines that Flagger calls in this tick, each once, in call order (event aside). */
  readonly hooks: readonly HookType[]
  /** Whether the analysis (rollout hooks + metric checks) ran. */
  readonly analysis: boolean
  /** Whether that analysis (or a failing pre-rollout hook) failed. */
  readonly failed: boolean
  readonly primaryWeight: number
  readonly canaryWeight: number
  readonly mirrored: boolean
  readonly failedChecks: number
  readonly iterations: number
  /** Session affinity: an earlier run's cookie is being expired at this tick. */
  readonly hasPreviousAffinityCookie: boolean
  /** Flagger's own event messages for this tick, in order. */
  readonly events: readonly string[]
}

export type Outcome = 'promoted' | 'rolled-back' | 'halted'

export interface Timeline {
  readonly strategy: Strategy
  readonly mirror: boolean
  readonly sessionAffinity: boolean
  readonly intervalSeconds: number
  readonly ticks: readonly Tick[]
  readonly outcome: Outcome
  readonly promotedAtSeconds: number | null
  readonly finishedAtSeconds: number | null
  /** Why a halted run halts, in plain words; undefined otherwise. */
  readonly haltReason?: string
  /** The run hit the simulation's tick cap (maxSimulatedTicks) before Flagger would have finished it. */
  readonly truncated?: boolean
}

/** What-if inputs: analysis failures and gates that refuse. */
export interface WhatIf {
  /** Every analysis at tick ≥ failFromTick fails. */
  readonly failFromTick?: number
  /** Analyses at exactly these ticks fail. */
  readonly failAtTicks?: readonly number[]
  /** A gate webhook type refuses from a tick until (exclusive) another, or forever. */
  readonly gateRefusals?: readonly {
    readonly type: 'confirm-rollout' | 'confirm-traffic-increase' | 'confirm-promotion'
    readonly fromTick: number
    readonly untilTick?: number
  }[]
  /** A rollback webhook signals a rollback at this tick. */
  readonly rollbackHookAtTick?: number
  /** Every pre-rollout webhook call at tick ≥ this fails (a failed check each time). */
  readonly preRolloutFailFromTick?: number
}
