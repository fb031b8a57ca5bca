import type { ProviderName } from './dsl.ts'

// Provider names (the CRD's spec.provider enum) and the groups that read the same fields, from
// flagger-semantics.md §c.4 (a grep of pkg/router/*.go and pkg/canary).

/** Every provider the CRD accepts, in the CRD's order. */
export const providerNames = [
  'apisix',
  'appmesh',
  'appmesh:v1beta2',
  'contour',
  'gatewayapi:v1',
  'gatewayapi:v1beta1',
  'gloo',
  'istio',
  'knative',
  'kubernetes',
  'kuma',
  'linkerd',
  'nginx',
  'osm',
  'skipper',
  'smi:v1alpha1',
  'smi:v1alpha2',
  'smi:v1alpha3',
  'traefik',
] as const satisfies readonly ProviderName[]

/** The Gateway API providers. */
export const gatewayApi = ['gatewayapi:v1', 'gatewayapi:v1beta1'] as const satisfies readonly ProviderName[]
/** The App Mesh providers. */
export const appMesh = ['appmesh', 'appmesh:v1beta2'] as const satisfies readonly ProviderName[]
/** The SMI providers. */
export const smi = ['smi:v1alpha1', 'smi:v1alpha2', 'smi:v1alpha3'] as const satisfies readonly ProviderName[]

/** Istio and Gateway API: headers, corsPolicy, rewrite, analysis.mirror, sessionAffinity. */
export const istioAndGatewayApi = ['istio', ...gatewayApi] as const
/** service.match: Istio, Gateway API, App Mesh, Contour. */
export const serviceMatchProviders = ['istio', ...gatewayApi, ...appMesh, 'contour'] as const
/** service.hosts: Istio, Gateway API, App Mesh, SMI (first host only). */
export const hostsProviders = ['istio', ...gatewayApi, ...appMesh, ...smi] as const
/** analysis.match (A/B): Istio, Gateway API, App Mesh, Contour, Gloo, NGINX. */
export const abTestingProviders = ['istio', ...gatewayApi, ...appMesh, 'contour', 'gloo', 'nginx'] as const
/** stepWeight, stepWeights, maxWeight, stepWeightPromotion: every L7 provider (kubernetes is blue/green only). */
export const weightProviders = providerNames.filter((p) => p !== 'kubernetes')
