import type { Canary } from '../catalog/canary-fields.ts'
import type { GenerateOptions } from '../generate/generate-context.ts'
import { generateResources } from '../generate/generate-resources.ts'
import { isIstioVirtualService, type VirtualService } from '../generate/istio-types.ts'
import { effectiveProvider } from '../model/effective.ts'
import { traceProviderRequest } from './trace-provider.ts'
import type { IstioGateway } from '../gateway/istio-gateway.ts'
import type { RoutingState } from '../model/routing.ts'
import { traceWithVirtualService } from './trace-virtual-service.ts'
import type { RouteDecision, TraceRequest } from './trace-request-types.ts'

/** The Canary, the Gateways in its file, the routing state of the chosen tick and the request to follow. */
export interface TraceInput {
  readonly canary: Canary
  readonly gateways: readonly IstioGateway[]
  readonly routing: RoutingState
  readonly request: TraceRequest
  /** Passed to the generator (cookie letters, selector label). */
  readonly generateOptions?: GenerateOptions
}

/** The VirtualService Flagger would keep at this routing state, if it writes one. */
export function generatedVirtualService(canary: Canary, routing: RoutingState, options?: GenerateOptions): VirtualService | undefined {
  return generateResources(canary, routing, options).find(isIstioVirtualService)
}

/** Where a request goes at one routing state: Istio's rules applied to the VirtualService Flagger generates, or the provider's split. */
export function traceRequest(input: TraceInput): RouteDecision {
  if (effectiveProvider(input.canary) !== 'istio') return traceProviderRequest(input.canary, input.routing, input.request)
  const virtualService = generatedVirtualService(input.canary, input.routing, input.generateOptions)
  return traceWithVirtualService({
    canary: input.canary,
    gateways: input.gateways,
    virtualService,
    request: input.request,
  })
}
