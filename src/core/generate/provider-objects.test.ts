import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import type { RoutingState } from '../model/routing.ts'
import { planResources } from './generate-resources.ts'
import type { GeneratedObject, ProviderObject } from './istio-types.ts'

const at = (canaryWeight: number): RoutingState => ({
  primaryWeight: 100 - canaryWeight,
  canaryWeight,
  mirrored: false,
  hasPreviousAffinityCookie: false,
})

function canary(
  provider: string,
  extra = '',
  target = 'targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}',
) {
  return canaryFromYaml(`
metadata: {name: podinfo, namespace: test${provider === 'kuma' ? ', annotations: {kuma.io/mesh: blue}' : ''}}
spec:
  provider: ${provider}
  ${target}
  service: {port: 9898${extra}}
  analysis: {interval: 1m, threshold: 5, maxWeight: 50, stepWeight: 10}
`)
}

const last = (objects: readonly GeneratedObject[]) => objects.filter((o): o is ProviderObject => o.apiVersion !== 'v1' && !o.apiVersion.startsWith('networking.istio.io')).at(-1)

describe('provider split objects at the tick weights', () => {
  it('linkerd: TrafficSplit <apex> on split.smi-spec.io/v1alpha1, canary backend first, Quantity weights (pkg/router/smi.go SetRoutes)', () => {
    const ts = last(planResources(canary('linkerd'), at(30)).objects)
    expect(ts).toMatchObject({
      apiVersion: 'split.smi-spec.io/v1alpha1',
      kind: 'TrafficSplit',
      metadata: { name: 'podinfo', namespace: 'test' },
    })
    expect(ts?.spec).toEqual({
      service: 'podinfo',
      backends: [
        { service: 'podinfo-canary', weight: '30' },
        { service: 'podinfo-primary', weight: '70' },
      ],
    })
  })

  it('SMI: spec.service is service.hosts[0] when set (smi_v1alpha2.go Reconcile); v1alpha2/v1alpha3 weights are integers', () => {
    const ts = last(planResources(canary('osm', ', hosts: [front]'), at(20)).objects)
    expect(ts?.apiVersion).toBe('split.smi-spec.io/v1alpha2')
    expect(ts?.spec).toEqual({
      service: 'front',
      backends: [
        { service: 'podinfo-canary', weight: 20 },
        { service: 'podinfo-primary', weight: 80 },
      ],
    })
    expect(last(planResources(canary('smi:v1alpha3'), at(20)).objects)?.apiVersion).toBe('split.smi-spec.io/v1alpha3')
  })

  it('kuma: cluster-scoped TrafficRoute without ownerReferences, mesh from kuma.io/mesh, primary split first (pkg/router/kuma.go)', () => {
    const tr = last(planResources(canary('kuma'), at(40)).objects)
    expect(tr).toMatchObject({ apiVersion: 'kuma.io/v1alpha1', kind: 'TrafficRoute', mesh: 'blue' })
    expect(tr?.metadata.ownerReferences).toBeUndefined()
    expect(tr?.metadata.namespace).toBeUndefined()
    expect(tr?.spec.conf).toEqual({
      split: [
        { weight: 60, destination: { 'kuma.io/service': 'podinfo-primary_test_svc_9898' } },
        { weight: 40, destination: { 'kuma.io/service': 'podinfo-canary_test_svc_9898' } },
      ],
    })
  })

  it('appmesh:v1beta2: VirtualRouter <apex>, port = numeric targetPort, A/B pair with -a split and -b primary (appmesh_v1beta2.go)', () => {
    const ab = canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  provider: appmesh:v1beta2
  targetRef: {kind: Deployment, name: podinfo}
  service: {port: 80, targetPort: 9898, timeout: 15s, retries: {attempts: 3, perTryTimeout: 5s, retryOn: "gateway-error,client-error"}}
  analysis: {interval: 1m, threshold: 5, iterations: 10, match: [{headers: {x-canary: {exact: insider}}}]}
`)
    const vr = last(planResources(ab, at(100)).objects)
    expect(vr).toMatchObject({
      apiVersion: 'appmesh.k8s.aws/v1beta2',
      kind: 'VirtualRouter',
      spec: { listeners: [{ portMapping: { port: 9898, protocol: 'http' } }] },
    })
    const routes = vr?.spec.routes as { name: string; priority: number; httpRoute: Record<string, unknown> }[]
    expect(routes.map((r) => [r.name, r.priority])).toEqual([
      ['podinfo-a', 10],
      ['podinfo-b', 20],
    ])
    expect(routes[0]?.httpRoute).toEqual({
      match: { prefix: '/', headers: [{ name: 'x-canary', match: { exact: 'insider' } }] },
      timeout: { perRequest: { unit: 'ms', value: 15000 } },
      retryPolicy: {
        httpRetryEvents: ['gateway-error', 'client-error'],
        perRetryTimeout: { unit: 'ms', value: 5000 },
        maxRetries: 3,
      },
      action: {
        weightedTargets: [
          { virtualNodeRef: { name: 'podinfo-canary' }, weight: 100 },
          { virtualNodeRef: { name: 'podinfo-primary' }, weight: 0 },
        ],
      },
    })
    expect(routes[1]?.httpRoute.action).toEqual({
      weightedTargets: [{ virtualNodeRef: { name: 'podinfo-primary' }, weight: 100 }],
    })
  })

  it('appmesh (v1beta1): VirtualService <apex>.<namespace> holding the router and routes (pkg/router/appmesh.go)', () => {
    const vs = last(planResources(canary('appmesh', ', meshName: global'), at(10)).objects)
    expect(vs).toMatchObject({
      apiVersion: 'appmesh.k8s.aws/v1beta1',
      kind: 'VirtualService',
      metadata: { name: 'podinfo.test' },
      spec: { meshName: 'global', virtualRouter: { name: 'podinfo' } },
    })
    expect(vs?.spec.routes).toEqual([
      {
        name: 'podinfo',
        http: {
          match: { prefix: '/' },
          action: {
            weightedTargets: [
              { virtualNodeName: 'podinfo-canary', weight: 10 },
              { virtualNodeName: 'podinfo-primary', weight: 90 },
            ],
          },
        },
      },
    ])
  })

  it('knative: no ClusterIP Services, no port needed; the Knative Service traffic, latest revision first (pkg/router/knative.go SetRoutes)', () => {
    const kn = canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  provider: knative
  targetRef: {apiVersion: serving.knative.dev/v1, kind: Service, name: podinfo}
  analysis: {interval: 15s, threshold: 15, maxWeight: 50, stepWeight: 10}
`)
    const plan = planResources(kn, at(10))
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(plan.objects.map((o) => `${o.apiVersion} ${o.kind}`)).toEqual(['serving.knative.dev/v1 Service'])
    expect(plan.objects[0]?.spec).toEqual({
      traffic: [
        { latestRevision: true, percent: 10 },
        { revisionName: '<primary revision>', percent: 90 },
      ],
    })
    expect(plan.notes.map((n) => n.rule)).toEqual(
      expect.arrayContaining(['generate-knative-target', 'generate-provider-split']),
    )
    expect(plan.notes.map((n) => n.rule)).not.toContain('generate-selector-assumed')
    expect(plan.notes.map((n) => n.rule)).not.toContain('generate-owner-uid')
  })

  it('never writes an Istio object for a provider other than Istio', () => {
    for (const p of [
      'linkerd',
      'osm',
      'kuma',
      'appmesh',
      'appmesh:v1beta2',
      'nginx',
      'contour',
      'gloo',
      'gatewayapi:v1',
      'traefik',
      'skipper',
      'apisix',
      'kubernetes',
    ])
      expect(
        planResources(canary(p), at(10)).objects.filter((o) => o.apiVersion.startsWith('networking.istio.io')),
      ).toEqual([])
  })
})
