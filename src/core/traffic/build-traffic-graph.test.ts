import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import type { RoutingState } from '../model/routing.ts'
import { buildTrafficGraph } from './build-traffic-graph.ts'
import type { TrafficGraph } from './traffic-graph-types.ts'

const at = (primaryWeight: number, canaryWeight: number, mirrored = false, hasPreviousAffinityCookie = false): RoutingState => ({ primaryWeight, canaryWeight, mirrored, hasPreviousAffinityCookie })

const canary = (analysis: string, service = 'gateways: [istio-system/public-gateway], hosts: [app.example.com]') =>
  canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  autoscalerRef: {apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, name: podinfo-hpa}
  service: {port: 80, targetPort: 9898, trafficPolicy: {tls: {mode: ISTIO_MUTUAL}}, ${service}}
  analysis: {interval: 1m, threshold: 5, ${analysis}}
`)

const ids = (g: TrafficGraph) => g.nodes.map((n) => n.id)
const edge = (g: TrafficGraph, source: string, target: string) => g.edges.filter((e) => e.source === source && e.target === target)
const routeLabels = (g: TrafficGraph) => g.edges.filter((e) => e.kind === 'route' || e.kind === 'mirror').map((e) => `${e.target.slice('service:'.length)} ${e.label}`)
const vsNode = (g: TrafficGraph) => g.nodes.find((n) => n.kind === 'virtualservice')

describe('buildTrafficGraph', () => {
  it('names gateway nodes as Istio resolves them: bare names in the Canary namespace, the legacy FQDN form too', () => {
    const service = 'gateways: [public-gateway.istio-system.svc.cluster.local, internal, mesh], hosts: [app.example.com]'
    const g = buildTrafficGraph(canary('stepWeight: 10, maxWeight: 50', service), at(90, 10))
    expect(ids(g).filter((id) => id.startsWith('gateway:'))).toEqual(['gateway:istio-system/public-gateway', 'gateway:test/internal', 'gateway:mesh'])
  })

  it('progressive canary: gateway → VirtualService → Services → workloads, weights in percent, TLS on Service edges', () => {
    const g = buildTrafficGraph(canary('stepWeight: 10, maxWeight: 50'), at(90, 10))
    expect(ids(g)).toEqual([
      'caller:internet',
      'caller:mesh',
      'gateway:istio-system/public-gateway',
      'virtualservice:podinfo',
      'service:podinfo',
      'service:podinfo-primary',
      'service:podinfo-canary',
      'workload:podinfo-primary',
      'workload:podinfo',
      'autoscaler:podinfo-hpa',
    ])
    expect(routeLabels(g)).toEqual(['podinfo-primary 90%', 'podinfo-canary 10%'])
    expect(edge(g, 'virtualservice:podinfo', 'service:podinfo-canary')[0]).toMatchObject({ secondaryLabel: 'TLS ISTIO_MUTUAL', weightPercent: 10, active: true, sourceHandle: 'route:0' })
    expect(g.nodes.find((n) => n.id === 'service:podinfo-canary')?.details).toEqual(['80 → 9898', 'selector app=podinfo'])
    expect(g.nodes.find((n) => n.id === 'gateway:istio-system/public-gateway')?.details).toEqual(['app.example.com', 'podinfo'])
    expect(vsNode(g)?.routes?.map((r) => r.kind)).toEqual(['weighted'])
    expect(edge(g, 'autoscaler:podinfo-hpa', 'workload:podinfo-primary')[0]?.label).toBe('podinfo-hpa-primary')
  })

  it('draws the in-mesh bypass to the apex Service (primary only) when mesh is not among the gateways, with an explanation', () => {
    const g = buildTrafficGraph(canary('stepWeight: 10'), at(90, 10))
    const [bypass] = edge(g, 'caller:mesh', 'service:podinfo')
    expect(bypass).toMatchObject({ kind: 'bypass', dashed: true, lane: 'mesh', label: 'primary only (bypasses the VirtualService)' })
    expect(bypass?.explanation).toContain('never see the canary')
    expect(edge(g, 'service:podinfo', 'workload:podinfo-primary')[0]?.label).toBe('app=podinfo-primary')
    expect(g.notes).toEqual([])
  })

  it('stepWeights: the weights of the selected tick label the edges', () => {
    const g = buildTrafficGraph(canary('stepWeights: [5, 25, 50]'), at(75, 25))
    expect(routeLabels(g)).toEqual(['podinfo-primary 75%', 'podinfo-canary 25%'])
    expect(edge(g, 'virtualservice:podinfo', 'service:podinfo-canary')[0]?.fields).toContainEqual(['spec', 'analysis', 'stepWeights'])
  })

  it('A/B with header and cookie matches: a labelled match route, then the default route to the primary', () => {
    const g = buildTrafficGraph(canary('iterations: 10, match: [{headers: {x-canary: {exact: insider}}}, {headers: {cookie: {regex: "^(.*?;)?(canary=always)(;.*)?$"}}}]'), at(0, 100))
    expect(vsNode(g)?.routes?.map((r) => [r.kind, r.label])).toEqual([
      ['ab-match', 'x-canary = insider or cookie ~ ^(.*?;)?(canary=always)(;.*)?$'],
      ['default', 'others (all requests)'],
    ])
    expect(routeLabels(g)).toEqual([
      'podinfo-primary x-canary = insider or cookie ~ ^(.*?;)?(canary=always)(;.*)?$ · 0%',
      'podinfo-canary x-canary = insider or cookie ~ ^(.*?;)?(canary=always)(;.*)?$ · 100%',
      'podinfo-primary others (all requests) · 100%',
    ])
    const [abToPrimary] = edge(g, 'virtualservice:podinfo', 'service:podinfo-primary')
    expect(abToPrimary?.active).toBe(false)
    expect(abToPrimary?.fields).toContainEqual(['spec', 'analysis', 'match', 0])
    expect(edge(g, 'virtualservice:podinfo', 'service:podinfo-primary')[1]?.explanation).toContain('writes weight 0 on this lone destination')
  })

  it('blue/green: all traffic switches at once', () => {
    expect(routeLabels(buildTrafficGraph(canary('iterations: 10'), at(100, 0)))).toEqual(['podinfo-primary 100%', 'podinfo-canary 0%'])
    expect(routeLabels(buildTrafficGraph(canary('iterations: 10'), at(0, 100)))).toEqual(['podinfo-primary 0%', 'podinfo-canary 100%'])
  })

  it('blue/green with mirroring: a dashed mirror edge with mirrorWeight while users stay on the primary', () => {
    const g = buildTrafficGraph(canary('iterations: 10, mirror: true, mirrorWeight: 25'), at(100, 0, true))
    expect(routeLabels(g)).toEqual(['podinfo-primary 100%', 'podinfo-canary 0%', 'podinfo-canary mirror 25%'])
    const mirror = g.edges.find((e) => e.kind === 'mirror')
    expect(mirror).toMatchObject({ dashed: true, weightPercent: 25, sourceHandle: 'route:0' })
    expect(mirror?.fields).toEqual([['spec', 'analysis', 'mirror'], ['spec', 'analysis', 'mirrorWeight']])
    const full = buildTrafficGraph(canary('iterations: 10, mirror: true'), at(100, 0, true))
    expect(full.edges.find((e) => e.kind === 'mirror')?.label).toBe('mirror 100%')
  })

  it('canary with session affinity: sticky cookie route first, then the weighted route', () => {
    const g = buildTrafficGraph(canary('stepWeight: 10, sessionAffinity: {cookieName: flagger-cookie}'), at(80, 20))
    expect(vsNode(g)?.routes?.map((r) => [r.kind, r.label])).toEqual([
      ['sticky-canary', 'cookie flagger-cookie'],
      ['weighted', 'all requests'],
    ])
    expect(routeLabels(g)).toEqual(['podinfo-primary cookie flagger-cookie · 0%', 'podinfo-canary cookie flagger-cookie · 100%', 'podinfo-primary 80%', 'podinfo-canary 20%'])
    const after = buildTrafficGraph(canary('stepWeight: 10, sessionAffinity: {cookieName: flagger-cookie}'), at(100, 0, false, true))
    expect(vsNode(after)?.routes?.map((r) => r.kind)).toEqual(['cookie-expiry', 'weighted'])
  })

  it('no gateways: the mesh gateway Flagger adds, a note that nothing external reaches it, no bypass', () => {
    const g = buildTrafficGraph(canary('stepWeight: 10', 'hosts: []'), at(90, 10))
    expect(ids(g).slice(0, 3)).toEqual(['caller:mesh', 'gateway:mesh', 'virtualservice:podinfo'])
    expect(g.nodes.find((n) => n.id === 'gateway:mesh')?.explanation).toContain('Flagger adds it because service.gateways is empty')
    expect(edge(g, 'caller:mesh', 'gateway:mesh')).toHaveLength(1)
    expect(edge(g, 'caller:mesh', 'service:podinfo')).toEqual([])
    expect(g.notes.map((n) => n.id)).toEqual(['no-external-gateway'])
  })

  it('several gateways incl. mesh: one node each (bare names in the Canary namespace), two separate paths', () => {
    const g = buildTrafficGraph(canary('stepWeight: 10', 'gateways: [public-gateway, istio-system/internal, mesh], hosts: [app.example.com]'), at(90, 10))
    const gateways = g.nodes.filter((n) => n.kind === 'gateway')
    expect(gateways.map((n) => [n.id, n.lane, n.order])).toEqual([
      ['gateway:test/public-gateway', 'ingress', 0],
      ['gateway:istio-system/internal', 'ingress', 1],
      ['gateway:mesh', 'mesh', 2],
    ])
    expect(edge(g, 'caller:internet', 'gateway:test/public-gateway')[0]?.lane).toBe('ingress')
    expect(edge(g, 'caller:mesh', 'gateway:mesh')[0]?.lane).toBe('mesh')
    expect(edge(g, 'gateway:mesh', 'virtualservice:podinfo')).toHaveLength(1)
    expect(g.edges.some((e) => e.kind === 'bypass')).toBe(false)
    expect(gateways[0]?.fields).toContainEqual(['spec', 'service', 'gateways', 0])
  })

  it('badges for retries, timeout, headers, CORS and rewrite, each linked to its field', () => {
    const g = buildTrafficGraph(
      canary('stepWeight: 10', 'retries: {attempts: 3, perTryTimeout: 1s}, timeout: 10s, headers: {request: {set: {a: b}}}, corsPolicy: {allowMethods: [GET]}, rewrite: {uri: /}'),
      at(90, 10),
    )
    expect(vsNode(g)?.badges?.map((b) => [b.label, b.fields[0]])).toEqual([
      ['retries 3×1s', ['spec', 'service', 'retries']],
      ['timeout 10s', ['spec', 'service', 'timeout']],
      ['headers', ['spec', 'service', 'headers']],
      ['CORS', ['spec', 'service', 'corsPolicy']],
      ['rewrite /', ['spec', 'service', 'rewrite']],
    ])
  })

  it('keeps columns and order stable when labels change, and every element explained and named', () => {
    const layout = (g: TrafficGraph) => g.nodes.map((n) => [n.id, n.column, n.order])
    const a = buildTrafficGraph(canary('stepWeight: 10'), at(90, 10))
    const b = buildTrafficGraph(canary('stepWeight: 10', 'gateways: [istio-system/public-gateway], hosts: [a-much-longer-host.example.com]'), at(50, 50))
    expect(layout(b)).toEqual(layout(a))
    for (const el of [...a.nodes, ...a.edges]) {
      expect(el.accessibleName, el.id).not.toBe('')
      expect(el.explanation, el.id).not.toBe('')
    }
    expect(new Set(a.edges.map((e) => e.id)).size).toBe(a.edges.length)
  })

  it('TCP: one route for all connections, weighted', () => {
    const g = buildTrafficGraph(canary('stepWeight: 10', 'appProtocol: tcp'), at(70, 30))
    expect(vsNode(g)?.routes?.map((r) => [r.kind, r.label])).toEqual([['tcp', 'all connections']])
    expect(routeLabels(g)).toEqual(['podinfo-primary 70%', 'podinfo-canary 30%'])
  })

  it('delegation and other providers: a note instead of the missing picture', () => {
    const delegate = buildTrafficGraph(canary('stepWeight: 10', 'delegation: true'), at(90, 10))
    expect(delegate.notes.map((n) => n.id)).toEqual(['delegate-virtualservice'])
    expect(vsNode(delegate)?.details).toEqual(['delegate (no hosts, no gateways)'])
    const linkerd = buildTrafficGraph({ ...canary('stepWeight: 10'), spec: { ...canary('stepWeight: 10').spec, provider: 'linkerd' } }, at(90, 10))
    expect(linkerd.notes.map((n) => n.id)).toEqual(['provider-mesh-split'])
    expect(vsNode(linkerd)).toBeUndefined()
  })
})
