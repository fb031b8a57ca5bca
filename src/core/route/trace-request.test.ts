import { describe, expect, it } from 'vitest'
import type { Canary, CanaryAnalysis } from '../catalog/canary-fields.ts'
import { readIstioGateway, type IstioGateway } from '../gateway/istio-gateway.ts'
import type { RoutingState } from '../model/routing.ts'
import { firstTrafficTick, routingAt } from '../simulate/routing-at.ts'
import { simulateAnalysis } from '../simulate/scheduler.ts'
import { requestPresets } from './request-presets.ts'
import { traceRequest } from './trace-request.ts'
import type { TraceRequest } from './trace-request-types.ts'

// The tracer over the VirtualService the generator writes (generateResources), at routing states the
// simulator produces: the integration the CLI and the panel use.
function podinfo(
  analysis: Partial<CanaryAnalysis>,
  service: NonNullable<NonNullable<Canary['spec']>['service']> = {},
): Canary {
  return {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
      service: { port: 9898, gateways: ['istio-system/public-gateway'], hosts: ['app.example.com'], ...service },
      analysis: { interval: '1m', threshold: 3, ...analysis },
    },
  }
}
const gateway = readIstioGateway({
  apiVersion: 'networking.istio.io/v1alpha3',
  kind: 'Gateway',
  metadata: { name: 'public-gateway', namespace: 'istio-system' },
  spec: {
    selector: { istio: 'ingressgateway' },
    servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }],
  },
}) as IstioGateway
const routing = (p: number, c: number, mirrored = false): RoutingState => ({
  primaryWeight: p,
  canaryWeight: c,
  mirrored,
  hasPreviousAffinityCookie: false,
})
const shares = (canary: Canary, r: RoutingState, request: TraceRequest) =>
  traceRequest({ canary, gateways: [gateway], routing: r, request }).workloads.map((w) => [w.name, w.percent])
const preset = (canary: Canary, id: string) => {
  const p = requestPresets(canary, [gateway]).find((x) => x.id === id)
  if (!p) throw new Error(`no ${id} preset`)
  return p.request
}

describe('traceRequest over the generated VirtualService', () => {
  const guide = podinfo({ maxWeight: 50, stepWeight: 10 })

  it('gives internet traffic the weights of the first tick with traffic', () => {
    const timeline = simulateAnalysis(guide)
    const r = routingAt(timeline, firstTrafficTick(timeline))
    expect(r.canaryWeight).toBeGreaterThan(0)
    expect(shares(guide, r, preset(guide, 'internet'))).toEqual([
      ['podinfo-primary', r.primaryWeight],
      ['podinfo', r.canaryWeight],
    ])
  })

  it('explains why mesh callers bypass the canary', () => {
    const d = traceRequest({
      canary: guide,
      gateways: [gateway],
      routing: routing(70, 30),
      request: preset(guide, 'mesh'),
    })
    expect(d.workloads).toEqual([{ name: 'podinfo-primary', service: 'podinfo', percent: 100, setCookie: null }])
    expect(d.explanation).toContain('mesh is not among service.gateways')
  })

  it('routes A/B header and cookie requests to the canary, others to the primary', () => {
    const ab = podinfo({
      iterations: 10,
      match: [
        { headers: { 'x-canary': { exact: 'insider' } } },
        { headers: { cookie: { regex: '^(.*?;)?(canary=always)(;.*)?$' } } },
      ],
    })
    for (const r of [routing(100, 0), routing(0, 100)]) {
      expect(shares(ab, r, preset(ab, 'ab-header'))).toEqual([
        [r.canaryWeight > 0 ? 'podinfo' : 'podinfo-primary', 100],
      ])
      expect(shares(ab, r, preset(ab, 'ab-cookie'))).toEqual([
        [r.canaryWeight > 0 ? 'podinfo' : 'podinfo-primary', 100],
      ])
    }
    expect(shares(ab, routing(0, 100), preset(ab, 'internet'))).toEqual([['podinfo-primary', 100]])
  })

  it('moves blue/green traffic only at promotion', () => {
    const bg = podinfo({ iterations: 5 })
    expect(shares(bg, routing(100, 0), preset(bg, 'internet'))).toEqual([['podinfo-primary', 100]])
    expect(shares(bg, routing(0, 100), preset(bg, 'internet'))).toEqual([['podinfo', 100]])
  })

  it('reports the mirror while mirrored', () => {
    const m = podinfo({ iterations: 5, mirror: true, mirrorWeight: 40 })
    const d = traceRequest({
      canary: m,
      gateways: [gateway],
      routing: routing(100, 0, true),
      request: preset(m, 'internet'),
    })
    expect(d.mirror).toEqual({ name: 'podinfo', service: 'podinfo-canary', percent: 40 })
  })

  it('sets the affinity cookie and keeps returning visitors on the canary', () => {
    const sa = podinfo({
      maxWeight: 50,
      stepWeight: 10,
      sessionAffinity: { cookieName: 'flagger-cookie', maxAge: 21600 },
    })
    const first = traceRequest({
      canary: sa,
      gateways: [gateway],
      routing: routing(80, 20),
      request: preset(sa, 'internet'),
    })
    expect(first.setCookie).toMatch(/^flagger-cookie=[A-Za-z]{10}; Max-Age=21600$/)
    expect(shares(sa, routing(80, 20), preset(sa, 'affinity-cookie'))).toEqual([['podinfo', 100]])
  })

  it('splits TCP connections from the mesh', () => {
    const tcp = podinfo({ maxWeight: 50, stepWeight: 10 }, { appProtocol: 'TCP', gateways: ['mesh'], hosts: [] })
    const d = traceRequest({ canary: tcp, gateways: [], routing: routing(60, 40), request: preset(tcp, 'mesh') })
    expect([d.routeKind, d.workloads.map((w) => w.percent)]).toEqual(['tcp', [60, 40]])
  })

  it('builds presets from the document', () => {
    const sa = podinfo({
      match: [{ headers: { 'user-agent': { regex: '.*Firefox.*' } } }],
      iterations: 3,
      sessionAffinity: { cookieName: 'c' },
    })
    const ids = requestPresets(sa, [gateway]).map((p) => p.id)
    // analysis.match replaces the cookie routes (§b.3 step 5), so there is no affinity cookie to return with.
    expect(ids).toEqual(['internet', 'mesh', 'ab-header'])
    expect(
      requestPresets(podinfo({ stepWeight: 10, sessionAffinity: { cookieName: 'c' } }), [gateway]).map((p) => p.id),
    ).toContain('affinity-cookie')
    expect(preset(sa, 'ab-header').headers).toEqual({ 'user-agent': 'Firefox' })
    expect(requestPresets(podinfo({}, { gateways: [] }), []).map((p) => p.id)).toEqual(['mesh'])
  })
})
