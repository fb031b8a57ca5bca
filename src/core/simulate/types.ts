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
  /** What this tick did to the traffic, when it did something. */
  readonly step?: TickStep
}

/**
 * A tick's traffic action: the mirror step, a weight step, an A/B or blue/green iteration, blue/green's switch of
 * all traffic to the canary, or a promotion move of traffic back to the primary.
 */
export type TickStep = 'mirror' | 'weight' | 'iteration' | 'route-to-canary' | 'route-to-primary'

export type Outcome = 'promoted' | 'rolled-back' | 'halted'

export interface Timeline {
  readonly strategy: Strategy
  /** Mirroring applies to this run: analysis.mirror with the canary or blue/green strategy, not provider kubernetes. */
  readonly mirror: boolean
  /** Session-affinity cookie routes are written: sessionAffinity set, no analysis.match (it replaces them), not kubernetes. */
  readonly sessionAffinity: boolean
  /** The effective analysis interval (§a.2); tick k happens k × intervalSeconds after T0. */
  readonly intervalSeconds: number
  readonly ticks: readonly Tick[]
  readonly outcome: Outcome
  readonly promotedAtSeconds: number | null
  readonly finishedAtSeconds: number | null
  /** Why a halted run halts, in plain words; undefined otherwise. */
  readonly haltReason?: string
  /** The run hit the simulation's tick cap (maxSimulatedTicks) or event budget (maxSimulatedEvents) before Flagger would have finished it. */
  readonly truncated?: boolean
}

/** What-if inputs: analysis failures and gates that refuse. */
export interface WhatIf {
  /**
   * Every check run at tick ≥ failFromTick fails: the analysis (when it has a rollout webhook or a metric) and the
   * pre-rollout webhooks (while the canary has no traffic). Tick 0 detects the revision and runs no check.
   */
  readonly failFromTick?: number
  /** Checks run at exactly these ticks fail (analysis or pre-rollout, as failFromTick). */
  readonly failAtTicks?: readonly number[]
  /** A gate webhook type refuses from a tick until (exclusive) another, or forever; only gates the Canary defines. */
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
