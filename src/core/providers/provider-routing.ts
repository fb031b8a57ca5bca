import type { Canary } from '../catalog/canary-fields.ts'
import type { ProviderName } from '../catalog/dsl.ts'
import { apexName, effectiveProvider } from '../model/effective.ts'

// Which object splits the traffic for each provider (Flagger pkg/router/factory.go MeshRouter picks the router;
// each router file names the object it writes), and whether this app models that split.

/**
 * How far the app follows a provider's routing: `istio` (the VirtualService tracer), `mesh-split` (one object splits
 * in-cluster calls to one host at the tick's weights), `no-router` (provider kubernetes: nothing splits, the apex
 * Service selects the primary), `not-modelled` (ingress-level routing the app does not follow).
 */
export type ProviderRoutingModel = 'istio' | 'mesh-split' | 'no-router' | 'not-modelled'

/** The object Flagger writes to split traffic between primary and canary. */
export interface SplitObject {
  readonly kind: string
  readonly apiVersion: string
  readonly name: string
  /** What it is, in a few words: "SMI TrafficSplit", "NGINX canary Ingress". */
  readonly title: string
  /** The upstream router file that writes it. */
  readonly origin: string
}

/** The routing a provider gives this Canary. */
export interface ProviderRouting {
  readonly provider: ProviderName
  readonly model: ProviderRoutingModel
  /** Undefined for the kubernetes provider (NopRouter writes nothing). */
  readonly splitObject: SplitObject | undefined
  /** mesh-split: the Service name whose in-cluster calls are split (SMI: service.hosts[0], else the apex). */
  readonly splitHost: string | undefined
}

const smiVersion: Partial<Record<ProviderName, string>> = {
  linkerd: 'v1alpha1',
  'smi:v1alpha1': 'v1alpha1',
  'smi:v1alpha2': 'v1alpha2',
  osm: 'v1alpha2',
  'smi:v1alpha3': 'v1alpha3',
}

/** Whether the target is a Knative Service (LocalObjectReference.IsKnativeService). */
export function isKnativeTarget(canary: Canary): boolean {
  const ref = canary.spec?.targetRef
  return ref?.kind === 'Service' && ref.apiVersion === 'serving.knative.dev/v1'
}

function meshSplit(
  canary: Canary,
  provider: ProviderName,
): Pick<ProviderRouting, 'splitObject' | 'splitHost'> | undefined {
  const apex = apexName(canary)
  const smi = smiVersion[provider]
  if (smi) {
    // smi.go / smi_v1alpha2.go / smi_v1alpha3.go Reconcile: TrafficSplit <apex>, spec.service = hosts[0] or the apex.
    const host = canary.spec?.service?.hosts?.[0] || apex
    return {
      splitObject: {
        kind: 'TrafficSplit',
        apiVersion: `split.smi-spec.io/${smi}`,
        name: apex,
        title: 'SMI TrafficSplit',
        origin: smi === 'v1alpha1' ? 'pkg/router/smi.go' : `pkg/router/smi_${smi}.go`,
      },
      splitHost: host,
    }
  }
  if (provider === 'appmesh:v1beta2')
    return {
      splitObject: {
        kind: 'VirtualRouter',
        apiVersion: 'appmesh.k8s.aws/v1beta2',
        name: apex,
        title: 'App Mesh VirtualRouter',
        origin: 'pkg/router/appmesh_v1beta2.go',
      },
      splitHost: apex,
    }
  if (provider === 'appmesh') {
    const ns = canary.metadata?.namespace || 'default'
    return {
      splitObject: {
        kind: 'VirtualService',
        apiVersion: 'appmesh.k8s.aws/v1beta1',
        name: `${apex}.${ns}`,
        title: 'App Mesh VirtualService (v1beta1)',
        origin: 'pkg/router/appmesh.go',
      },
      splitHost: apex,
    }
  }
  if (provider === 'kuma')
    return {
      splitObject: {
        kind: 'TrafficRoute',
        apiVersion: 'kuma.io/v1alpha1',
        name: apex,
        title: 'Kuma TrafficRoute',
        origin: 'pkg/router/kuma.go',
      },
      splitHost: apex,
    }
  if (provider === 'knative') {
    const target = canary.spec?.targetRef?.name ?? ''
    return {
      splitObject: {
        kind: 'Service',
        apiVersion: 'serving.knative.dev/v1',
        name: target,
        title: 'Knative Service (spec.traffic)',
        origin: 'pkg/router/knative.go',
      },
      splitHost: target,
    }
  }
  return undefined
}

function ingressSplit(canary: Canary, provider: ProviderName): SplitObject | undefined {
  const apex = apexName(canary)
  const ingress = canary.spec?.ingressRef?.name || '<ingressRef>'
  switch (provider) {
    case 'nginx':
      return {
        kind: 'Ingress',
        apiVersion: 'networking.k8s.io/v1',
        name: `${ingress}-canary`,
        title: 'NGINX canary Ingress',
        origin: 'pkg/router/ingress.go',
      }
    case 'skipper':
      return {
        kind: 'Ingress',
        apiVersion: 'networking.k8s.io/v1',
        name: `${ingress}-canary`,
        title: 'Skipper canary Ingress',
        origin: 'pkg/router/skipper.go',
      }
    case 'contour':
      return {
        kind: 'HTTPProxy',
        apiVersion: 'projectcontour.io/v1',
        name: apex,
        title: 'Contour HTTPProxy',
        origin: 'pkg/router/contour.go',
      }
    case 'gloo':
      return {
        kind: 'RouteTable',
        apiVersion: 'gateway.solo.io/v1',
        name: apex,
        title: 'Gloo RouteTable',
        origin: 'pkg/router/gloo.go',
      }
    case 'gatewayapi:v1':
      return {
        kind: 'HTTPRoute',
        apiVersion: 'gateway.networking.k8s.io/v1',
        name: apex,
        title: 'Gateway API HTTPRoute',
        origin: 'pkg/router/gateway_api.go',
      }
    case 'gatewayapi:v1beta1':
      return {
        kind: 'HTTPRoute',
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
        name: apex,
        title: 'Gateway API HTTPRoute',
        origin: 'pkg/router/gateway_api_v1beta1.go',
      }
    case 'traefik':
      return {
        kind: 'TraefikService',
        apiVersion: 'traefik.io/v1alpha1',
        name: apex,
        title: 'Traefik TraefikService',
        origin: 'pkg/router/traefik.go',
      }
    case 'apisix':
      return {
        kind: 'ApisixRoute',
        apiVersion: 'apisix.apache.org/v2',
        name: `${canary.spec?.routeRef?.name || '<routeRef>'}-${apex}-canary`,
        title: 'APISIX canary ApisixRoute',
        origin: 'pkg/router/apisix.go',
      }
    default:
      return undefined
  }
}

/** The provider's routing for this Canary: the object that splits, and how far the app models it. */
export function providerRouting(canary: Canary): ProviderRouting {
  const provider = effectiveProvider(canary)
  if (provider === 'istio')
    return {
      provider,
      model: 'istio',
      splitObject: {
        kind: 'VirtualService',
        apiVersion: 'networking.istio.io/v1beta1',
        name: apexName(canary),
        title: 'Istio VirtualService',
        origin: 'pkg/router/istio.go',
      },
      splitHost: undefined,
    }
  // router.go NopRouter: provider kubernetes shifts no traffic (blue/green by iterations only).
  if (provider === 'kubernetes') return { provider, model: 'no-router', splitObject: undefined, splitHost: undefined }
  const split = meshSplit(canary, provider)
  if (split) return { provider, model: 'mesh-split', ...split }
  return { provider, model: 'not-modelled', splitObject: ingressSplit(canary, provider), splitHost: undefined }
}

/** "TrafficSplit podinfo (split.smi-spec.io/v1alpha1)". */
export function describeSplitObject(o: SplitObject): string {
  return `${o.kind} ${o.name} (${o.apiVersion})`
}
