import { buildTrafficGraph } from '../core/traffic/build-traffic-graph.ts'
import type { TrafficGraph } from '../core/traffic/traffic-graph-types.ts'
import { memoLast } from './memo-last.ts'
import { selectRouting, selectShownCanary } from './selectors.ts'
import type { StudioState } from './studio-state.ts'

const graphFor = memoLast(buildTrafficGraph)
const withGateways = memoLast((gateways: StudioState['analysis']['gateways']) => ({ gateways }))

/**
 * The traffic graph of the shown Canary at the shown tick, with the file's Gateways: one build per change, shared by
 * the diagram and the request tracer's lit path.
 */
export function selectTrafficGraph(s: StudioState): TrafficGraph | undefined {
  const canary = selectShownCanary(s)
  return canary ? graphFor(canary, selectRouting(s), withGateways(s.analysis.gateways)) : undefined
}
