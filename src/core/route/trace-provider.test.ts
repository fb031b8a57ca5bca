import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import type { RoutingState } from '../model/routing.ts'
import { traceRequest } from './trace-request.ts'

const at = (canaryWeight: number): RoutingState => ({
  primaryWeight: 100 - canaryWeight,
  canaryWeight,
  mirrored: false,
  hasPreviousAffinityCookie: false,
})

function canary(provider: string, extra = '') {
  return canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  provider: ${provider}
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service: {port: 9898${extra}}
  analysis: {interval: 1m, threshold: 5, maxWeight: 50, stepWeight: 10}
`)
}

const trace = (c: ReturnType<typeof canary>, weight: number, host = 'podinfo', more: Record<string, unknown> = {}) =>
  traceRequest({ canary: c, gateways: [], routing: at(weight), request: { entry: 'mesh', host, ...more } })
const shares = (d: ReturnType<typeof trace>) => d.workloads.map((w) => [w.name, w.percent])

describe('in-mesh calls for providers other than Istio', () => {
  it('linkerd: the TrafficSplit splits calls to the apex at the tick weights (pkg/router/smi.go SetRoutes)', () => {
    const d = trace(canary('linkerd'), 30)
    expect(d.virtualService).toBeNull()
    expect(d.router).toEqual({ kind: 'TrafficSplit', apiVersion: 'split.smi-spec.io/v1alpha1', name: 'podinfo' })
    expect(shares(d)).toEqual([
      ['podinfo-primary', 70],
      ['podinfo', 30],
    ])
    expect(d.explanation).not.toContain('VirtualService')
  })

  it('SMI with service.hosts: only calls to hosts[0] are split; the apex Service still selects the primary (smi_v1alpha2.go Reconcile)', () => {
    const c = canary('osm', ', hosts: [front]')
    expect(shares(trace(c, 30, 'front'))).toEqual([
      ['podinfo-primary', 70],
      ['podinfo', 30],
    ])
    expect(shares(trace(c, 30, 'podinfo'))).toEqual([['podinfo-primary', 100]])
  })

  it('kuma: the TrafficRoute splits, from any namespace spelling (pkg/router/kuma.go)', () => {
    const d = trace(canary('kuma'), 50, 'podinfo.test.svc.cluster.local', { sourceNamespace: 'other' })
    expect(d.router?.kind).toBe('TrafficRoute')
    expect(shares(d)).toEqual([
      ['podinfo-primary', 50],
      ['podinfo', 50],
    ])
  })

  it('appmesh:v1beta2 A/B: matching headers take the split route, others the primary-only route (appmesh_v1beta2.go reconcileVirtualRouter)', () => {
    const ab = canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  provider: appmesh:v1beta2
  targetRef: {kind: Deployment, name: podinfo}
  service: {port: 9898}
  analysis: {interval: 1m, threshold: 5, iterations: 10, match: [{headers: {x-canary: {exact: insider}}}]}
`)
    const insider = traceRequest({
      canary: ab,
      gateways: [],
      routing: at(100),
      request: { entry: 'mesh', host: 'podinfo', headers: { 'X-Canary': 'insider' } },
    })
    expect([insider.routeIndex, shares(insider)]).toEqual([0, [['podinfo', 100]]])
    const other = traceRequest({
      canary: ab,
      gateways: [],
      routing: at(100),
      request: { entry: 'mesh', host: 'podinfo' },
    })
    expect([other.routeIndex, shares(other)]).toEqual([1, [['podinfo-primary', 100]]])
  })

  it('knative: the Knative Service splits between the latest and the annotated primary revision (pkg/router/knative.go)', () => {
    const kn = canaryFromYaml(
      'metadata: {name: web, namespace: test}\nspec: {provider: knative, targetRef: {apiVersion: serving.knative.dev/v1, kind: Service, name: web}, analysis: {interval: 1m, threshold: 5, stepWeight: 10}}',
    )
    const d = traceRequest({ canary: kn, gateways: [], routing: at(20), request: { entry: 'mesh', host: 'web' } })
    expect(shares(d)).toEqual([
      ['primary revision', 80],
      ['latest revision', 20],
    ])
    expect(
      traceRequest({ canary: kn, gateways: [], routing: at(20), request: { entry: 'mesh', host: 'web-primary' } })
        .admitted,
    ).toBe(false)
  })

  it('kubernetes: no router, the apex selects the primary (router.go NopRouter, kubernetes_default.go)', () => {
    const d = trace(canary('kubernetes'), 0)
    expect([d.router, d.unmodelledProvider, shares(d)]).toEqual([null, null, [['podinfo-primary', 100]]])
    expect(d.explanation).not.toContain('VirtualService')
  })

  it('ingress providers and gateway entries are not modelled, and say which provider', () => {
    const nginx = trace(
      canaryFromYaml(
        'metadata: {name: podinfo}\nspec: {provider: nginx, ingressRef: {name: web}, targetRef: {kind: Deployment, name: podinfo}, service: {port: 80}, analysis: {interval: 1m, threshold: 5, stepWeight: 10}}',
      ),
      10,
    )
    expect([nginx.unmodelledProvider, nginx.router?.name]).toEqual(['nginx', 'web-canary'])
    const viaGateway = traceRequest({
      canary: canary('linkerd'),
      gateways: [],
      routing: at(10),
      request: { entry: 'istio-system/public', host: 'podinfo' },
    })
    expect(viaGateway.unmodelledProvider).toBe('linkerd')
  })
})
