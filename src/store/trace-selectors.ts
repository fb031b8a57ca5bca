import type { Canary } from '../core/catalog/canary-fields.ts'
import type { IstioGateway } from '../core/gateway/istio-gateway.ts'
import type { RoutingState } from '../core/model/routing.ts'
import { requestPresets, type RequestPreset } from '../core/route/request-presets.ts'
import { traceRequest } from '../core/route/trace-request.ts'
import type { RouteDecision, TraceRequest } from '../core/route/trace-request-types.ts'
import type { TrafficGraph } from '../core/traffic/traffic-graph-types.ts'
import { memoLast } from './memo-last.ts'
import { selectRouting, selectShownCanary } from './selectors.ts'
import type { StudioState, TraceRequestChoice } from './studio-state.ts'
import { selectTrafficGraph } from './traffic-selectors.ts'
import { tracedPathOf, type TracedPath } from './traced-path.ts'

// Selectors of the request tracer ("Try a request" panel, lit path on the diagram). Each result is memoised on
// the identity of its inputs, so useStudio(selector) re-renders only when the answer really changes.

/** The id of the "Try a request" tab in the panel registry; the diagram lights the traced path while it is open. */
export const tracerPanelId = 'try-request'

const noPresets: readonly RequestPreset[] = []
const presetsFor = memoLast((canary: Canary | undefined, gateways: readonly IstioGateway[]) => (canary ? requestPresets(canary, gateways) : noPresets))

/** Preset requests built from the shown Canary and the Gateways in the file. */
export const selectRequestPresets = (s: StudioState): readonly RequestPreset[] => presetsFor(selectShownCanary(s), s.analysis.gateways)

const defaultChoice: TraceRequestChoice = { kind: 'preset', id: 'internet' }

/** What the user chose to trace; the first preset until they choose. */
export const selectTraceChoice = (s: StudioState): TraceRequestChoice => s.ui.traceRequest ?? defaultChoice

/** The preset in effect (a chosen preset the document no longer offers falls back to the first), undefined for a custom request. */
export function selectActivePreset(s: StudioState): RequestPreset | undefined {
  const choice = selectTraceChoice(s)
  if (choice.kind === 'custom') return undefined
  const presets = selectRequestPresets(s)
  return presets.find((p) => p.id === choice.id) ?? presets[0]
}

/** The request being traced, undefined when there is no Canary to build one from. */
export function selectTraceRequest(s: StudioState): TraceRequest | undefined {
  const choice = selectTraceChoice(s)
  return choice.kind === 'custom' ? choice.request : selectActivePreset(s)?.request
}

const decide = memoLast((canary: Canary | undefined, gateways: readonly IstioGateway[], routing: RoutingState, request: TraceRequest | undefined) =>
  canary && request ? traceRequest({ canary, gateways, routing, request }) : undefined,
)

/** Where the traced request goes at the shown tick; recomputed when the document, the tick or the request changes. */
export const selectRouteDecision = (s: StudioState): RouteDecision | undefined =>
  decide(selectShownCanary(s), s.analysis.gateways, selectRouting(s), selectTraceRequest(s))

const pathFor = memoLast((graph: TrafficGraph | undefined, decision: RouteDecision | undefined) =>
  graph && decision ? tracedPathOf(graph, decision) : undefined,
)

/**
 * The nodes and edges (buildTrafficGraph ids for the shown Canary at the shown tick) the traced request passes
 * through, while the "Try a request" tab is open; undefined otherwise.
 */
export function selectTracedPath(s: StudioState): TracedPath | undefined {
  if (s.ui.activePanel !== tracerPanelId) return undefined
  return pathFor(selectTrafficGraph(s), selectRouteDecision(s))
}
