import type { Canary } from '../catalog/canary-fields.ts'
import { compact } from './flagger-structs.ts'
import { fluxAnnotations, ownerReferences, servicePath, type GenerateContext } from './generate-context.ts'
import type { ProviderObject } from './istio-types.ts'
import type { Trace } from './provenance.ts'
import { appMeshVirtualRouter, appMeshLegacyVirtualService } from './appmesh-objects.ts'

// The objects that split traffic for the mesh providers other than Istio, at the tick's weights. Each builder cites
// the upstream router; keys follow the Go structs' JSON order.

/** Example name of the Knative primary revision: Flagger stores the real one when it first reconciles. */
export const exampleKnativePrimaryRevision = '<primary revision>'

const routingWhy = 'The tick’s routing weights (SetRoutes).'

/** smi.go / smi_v1alpha2.go / smi_v1alpha3.go: TrafficSplit <apex>; backends canary first, then primary. */
export function buildTrafficSplit(ctx: GenerateContext, version: string, trace: Trace): ProviderObject {
  const host = ctx.service.hosts?.[0] || ctx.apex
  // smi.go (v1alpha1) writes resource.Quantity weights, which serialise as strings.
  const weight = (n: number) => (version === 'v1alpha1' ? String(n) : n)
  trace(['metadata', 'name'], [ctx.apexFrom], 'TrafficSplit <apex>.', 'flagger')
  trace(
    ['spec', 'service'],
    ctx.service.hosts?.[0] ? [servicePath('hosts', 0)] : [ctx.apexFrom],
    'The root Service whose in-mesh calls are split: service.hosts[0], else the apex.',
  )
  trace(['spec', 'backends'], [], routingWhy, 'routing')
  return {
    apiVersion: `split.smi-spec.io/${version}`,
    kind: 'TrafficSplit',
    metadata: compact({ name: ctx.apex, namespace: ctx.namespace, ownerReferences: ownerReferences(ctx) }),
    spec: {
      service: host,
      backends: [
        { service: ctx.canaryHost, weight: weight(ctx.routing.canaryWeight) },
        { service: ctx.primary, weight: weight(ctx.routing.primaryWeight) },
      ],
    },
  }
}

/** kuma.go: TrafficRoute <apex> (cluster-scoped, no ownerReference), split on kuma.io/service names. */
export function buildTrafficRoute(ctx: GenerateContext, trace: Trace): ProviderObject {
  const ns = ctx.namespace ?? 'default'
  const port = ctx.service.port ?? 0
  const kumaService = (name: string) => ({ 'kuma.io/service': `${name}_${ns}_svc_${port}` })
  const apex = ctx.service.apex
  trace(
    ['metadata', 'name'],
    [ctx.apexFrom],
    'TrafficRoute <apex>; cluster-scoped, so Flagger sets no ownerReference.',
    'flagger',
  )
  trace(['mesh'], [['metadata', 'annotations', 'kuma.io/mesh']], 'The Canary’s kuma.io/mesh annotation, else default.')
  trace(['spec', 'conf', 'split'], [servicePath('port')], routingWhy, 'routing')
  return {
    apiVersion: 'kuma.io/v1alpha1',
    kind: 'TrafficRoute',
    metadata: compact({
      name: ctx.apex,
      labels: apex?.labels,
      annotations: { ...apex?.annotations, ...fluxAnnotations },
    }),
    mesh: ctx.canary.metadata?.annotations?.['kuma.io/mesh'] ?? 'default',
    spec: {
      sources: [{ match: { 'kuma.io/service': '*' } }],
      destinations: [{ match: kumaService(ctx.apex) }],
      conf: {
        split: [
          { weight: ctx.routing.primaryWeight, destination: kumaService(ctx.primary) },
          { weight: ctx.routing.canaryWeight, destination: kumaService(ctx.canaryHost) },
        ],
      },
    },
  }
}

/** knative.go SetRoutes: the fields Flagger updates on your Knative Service (the rest of it stays yours). */
export function buildKnativeTraffic(ctx: GenerateContext, trace: Trace): ProviderObject {
  const revision = exampleKnativePrimaryRevision
  trace(
    ['metadata', 'annotations', 'flagger.app/primary-revision'],
    [['spec', 'targetRef', 'name']],
    'Reconcile stores the Service’s latest created revision here once; it stays the primary until promotion.',
    'assumed',
  )
  trace(
    ['spec', 'traffic'],
    [],
    `${routingWhy} The latest revision is the canary, the annotated revision the primary.`,
    'routing',
  )
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: compact({
      name: ctx.target,
      namespace: ctx.namespace,
      annotations: { 'flagger.app/primary-revision': revision },
    }),
    spec: {
      traffic: [
        { latestRevision: true, percent: ctx.routing.canaryWeight },
        { revisionName: revision, percent: ctx.routing.primaryWeight },
      ],
    },
  }
}

/** The objects the provider's router writes for this Canary, or none for providers without a modelled split. */
export function providerObjectBuilders(canary: Canary): ((ctx: GenerateContext, trace: Trace) => ProviderObject)[] {
  switch (canary.spec?.provider) {
    case 'linkerd':
    case 'smi:v1alpha1':
      return [(c, t) => buildTrafficSplit(c, 'v1alpha1', t)]
    case 'osm':
    case 'smi:v1alpha2':
      return [(c, t) => buildTrafficSplit(c, 'v1alpha2', t)]
    case 'smi:v1alpha3':
      return [(c, t) => buildTrafficSplit(c, 'v1alpha3', t)]
    case 'kuma':
      return [buildTrafficRoute]
    case 'knative':
      return [buildKnativeTraffic]
    case 'appmesh:v1beta2':
      return [appMeshVirtualRouter]
    case 'appmesh':
      return [appMeshLegacyVirtualService]
    default:
      return []
  }
}
