import type { RoutingState } from '../../core/model/routing.ts'
import type { Strategy } from '../../core/model/effective.ts'

// The traffic header's one line: which tick the picture shows and what its numbers mean for the strategy.

export interface CaptionInput {
  readonly strategy: Strategy
  readonly routing: RoutingState
  readonly tickIndex: number
  /** analysis.sessionAffinity is set: the weights apply to new sessions only. */
  readonly hasSessionAffinity: boolean
}

function weights({ primaryWeight, canaryWeight }: RoutingState): string {
  return `primary ${primaryWeight} % · canary ${canaryWeight} %`
}

/** What the picture's numbers are, e.g. "T1 · matching requests → canary 100 %, all others → primary". */
export function trafficCaption({ strategy, routing, tickIndex, hasSessionAffinity }: CaptionInput): string {
  const mirror = routing.mirrored ? ' · a copy of each primary request → canary (mirror)' : ''
  // Flagger ab_testing: during the iterations the match routes send 100 % to the canary (router SetRoutes(0, 100)).
  if (strategy === 'ab-testing')
    return `T${tickIndex} · ${routing.canaryWeight > 0 ? `matching requests → canary ${routing.canaryWeight} %, all others → primary` : 'all requests → primary (no A/B routing now)'}`
  if (strategy === 'blue-green')
    return `T${tickIndex} · ${routing.canaryWeight >= 100 ? 'all requests → canary 100 %' : `all requests → primary ${routing.primaryWeight} %`}${mirror}`
  const who =
    hasSessionAffinity && routing.canaryWeight > 0 && routing.canaryWeight < 100
      ? 'new sessions: '
      : 'weights at this tick: '
  return `T${tickIndex} · ${who}${weights(routing)}${mirror}`
}
