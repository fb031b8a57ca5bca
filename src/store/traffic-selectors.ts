import { shareStructure } from '../core/data/share-structure.ts'
import { buildTrafficGraph } from '../core/traffic/build-traffic-graph.ts'
import type { TrafficGraph } from '../core/traffic/traffic-graph-types.ts'
import { memoLast } from './memo-last.ts'
import { selectRouting, selectShownCanary } from './selectors.ts'
import type { StudioState } from './studio-state.ts'

// Most Canary edits (a threshold, a webhook, a weight the shown tick does not reach) leave the picture as it was: the
// new graph then shares the previous one's objects, so the diagram and the tracer see no change and skip their work.
let lastGraph: TrafficGraph | undefined
const graphFor = memoLast(
  (...args: Parameters<typeof buildTrafficGraph>) =>
    (lastGraph = shareStructure(buildTrafficGraph(...args), lastGraph)),
)
const withGateways = memoLast((gateways: StudioState['analysis']['gateways']) => ({ gateways }))

/**
 * The traffic graph of the shown Canary at the shown tick, with the file's Gateways: one build per change, shared by
 * the diagram and the request tracer's lit path.
 */
export function selectTrafficGraph(s: StudioState): TrafficGraph | undefined {
  const canary = selectShownCanary(s)
  return canary ? graphFor(canary, selectRouting(s), withGateways(s.analysis.gateways)) : undefined
}
