/**
 * The routing state the Istio router writes at one moment of a run: what `SetRoutes(primary, canary, mirrored)`
 * was last called with, plus the session-affinity cookie state. The timeline produces one per tick; the
 * generator, the traffic graph and the request tracer read it.
 */
export interface RoutingState {
  readonly primaryWeight: number
  readonly canaryWeight: number
  readonly mirrored: boolean
  /** Session affinity: a cookie from an earlier run is being expired (after promotion, rollback or restart). */
  readonly hasPreviousAffinityCookie: boolean
}

/** The routing before any run: all traffic on the primary. */
export const initialRouting: RoutingState = {
  primaryWeight: 100,
  canaryWeight: 0,
  mirrored: false,
  hasPreviousAffinityCookie: false,
}
