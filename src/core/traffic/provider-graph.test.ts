import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import type { RoutingState } from '../model/routing.ts'
import { buildTrafficGraph } from './build-traffic-graph.ts'

const at = (canaryWeight: number): RoutingState => ({
  primaryWeight: 100 - canaryWeight,
  canaryWeight,
  mirrored: false,
  hasPreviousAffinityCookie: false,
})

const canary = (provider: string, target = '{apiVersion: apps/v1, kind: Deployment, name: podinfo}') =>
  canaryFromYaml(
    `metadata: {name: podinfo, namespace: test}\nspec: {provider: ${provider}, ingressRef: {name: web}, targetRef: ${target}, service: {port: 9898}, analysis: {interval: 1m, threshold: 5, stepWeight: 10}}`,
  )

const istioWords = (g: ReturnType<typeof buildTrafficGraph>) =>
  JSON.stringify([
    g.nodes.map((n) => [n.kind, n.label, n.explanation, n.details]),
    g.edges.map((e) => [e.label, e.explanation]),
    g.notes,
  ]).match(/Istio|sidecar|gateway:mesh|"virtualservice"/g)

describe('the diagram for providers other than Istio', () => {
  it('linkerd: the TrafficSplit splits in-mesh calls at the tick weights, no VirtualService (pkg/router/smi.go)', () => {
    const g = buildTrafficGraph(canary('linkerd'), at(30))
    const router = g.nodes.find((n) => n.kind === 'router')
    expect([router?.kindText, router?.label]).toEqual(['SMI TrafficSplit', 'podinfo'])
    expect(g.nodes.some((n) => n.kind === 'virtualservice' || n.kind === 'gateway')).toBe(false)
    expect(g.edges.filter((e) => e.kind === 'route').map((e) => [e.target, e.weightPercent])).toEqual([
      ['service:podinfo-primary', 70],
      ['service:podinfo-canary', 30],
    ])
    expect(g.edges.some((e) => e.kind === 'bypass')).toBe(false)
    expect(g.nodes.flatMap((n) => [n.explanation]).join(' ')).not.toMatch(/sidecar|primary only/)
  })

  it('knative: the Knative Service splits straight to its revisions, no ClusterIP Services (pkg/router/knative.go)', () => {
    const g = buildTrafficGraph(
      canary('knative', '{apiVersion: serving.knative.dev/v1, kind: Service, name: podinfo}'),
      at(10),
    )
    expect(g.nodes.map((n) => n.id)).toEqual([
      'caller:mesh',
      'router:podinfo',
      'workload:primary revision',
      'workload:latest revision',
    ])
    expect(g.nodes.filter((n) => n.kind === 'workload').map((n) => n.role)).toEqual(['primary', 'canary'])
    expect(g.edges.filter((e) => e.kind === 'route').map((e) => e.weightPercent)).toEqual([90, 10])
  })

  it('nginx: names the canary Ingress that splits and says it is not modelled; draws no weights (pkg/router/ingress.go)', () => {
    const g = buildTrafficGraph(canary('nginx'), at(10))
    expect(g.nodes.find((n) => n.kind === 'router')?.label).toBe('web-canary')
    expect(g.edges.filter((e) => e.kind === 'route' || e.kind === 'bypass')).toEqual([])
    expect(g.notes.map((n) => n.explanation).join(' ')).toContain('does not model')
  })

  it('no provider other than Istio draws an Istio VirtualService, gateway or sidecar wording', () => {
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
      expect([p, istioWords(buildTrafficGraph(canary(p), at(10)))]).toEqual([p, null])
  })
})
