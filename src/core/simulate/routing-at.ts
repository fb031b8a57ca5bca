import { initialRouting, type RoutingState } from '../model/routing.ts'
import type { Timeline } from './types.ts'

/**
 * The routing after tick `tickIndex` of a timeline (clamped to its ticks); before T0 or for an empty timeline,
 * all traffic on the primary.
 */
export function routingAt(timeline: Timeline, tickIndex: number): RoutingState {
  if (timeline.ticks.length === 0 || !Number.isFinite(tickIndex) || tickIndex < 0) return initialRouting
  const tick = timeline.ticks[Math.min(Math.floor(tickIndex), timeline.ticks.length - 1)]
  if (!tick) return initialRouting
  return {
    primaryWeight: tick.primaryWeight,
    canaryWeight: tick.canaryWeight,
    mirrored: tick.mirrored,
    hasPreviousAffinityCookie: tick.hasPreviousAffinityCookie,
  }
}

/** The first tick after which the canary receives traffic (weighted or mirrored), or -1 when it never does. */
export function firstTrafficTick(timeline: Timeline): number {
  return timeline.ticks.findIndex((t) => t.canaryWeight > 0 || t.mirrored)
}
