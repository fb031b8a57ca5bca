import { describe, expect, it } from 'vitest'
import type { Canary } from '../catalog/canary-fields.ts'
import type { HttpRoute, VirtualService } from '../generate/istio-types.ts'
import { readIstioGateway, type IstioGateway } from '../gateway/istio-gateway.ts'
import { traceWithVirtualService } from './trace-virtual-service.ts'
import type { TraceRequest } from './trace-request-types.ts'

// VirtualServices shaped as Flagger's Istio router writes them (flagger-semantics.md §b.2–b.4), by hand: the
// unit under test is Istio's routing over such an object.
const canary: Canary = {
  kind: 'Canary',
  metadata: { name: 'podinfo', namespace: 'test' },
  spec: {
    targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
    service: { port: 9898, gateways: ['istio-system/public-gateway'], hosts: ['app.example.com'] },
  },
}
const retries = { attempts: 3, perTryTimeout: '1s', retryOn: 'gateway-error,connect-failure,refused-stream' }
const dest = (host: string, weight: number) => ({ destination: { host }, weight })
const weighted = (p: number, c: number): HttpRoute => ({
  route: [dest('podinfo-primary', p), dest('podinfo-canary', c)],
  retries,
})

function vs(
  http: HttpRoute[],
  gateways: string[] = ['istio-system/public-gateway'],
  hosts = ['app.example.com', 'podinfo'],
): VirtualService {
  return {
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'VirtualService',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: { hosts, gateways, http },
  }
}
const publicGateway = (hosts = ['*']): IstioGateway =>
  readIstioGateway({
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'Gateway',
    metadata: { name: 'public-gateway', namespace: 'istio-system' },
    spec: {
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts }],
    },
  }) as IstioGateway

const internet: TraceRequest = { entry: 'istio-system/public-gateway', host: 'app.example.com' }
const trace = (
  virtualService: VirtualService | undefined,
  request: TraceRequest,
  gateways: IstioGateway[] = [publicGateway()],
  c: Canary = canary,
) => traceWithVirtualService({ canary: c, gateways, virtualService, request })
const shares = (d: ReturnType<typeof trace>) => d.workloads.map((w) => [w.name, w.percent])

describe('progressive traffic shifting', () => {
  for (const [p, c] of [
    [100, 0],
    [90, 10],
    [70, 30],
    [50, 50],
  ] as const) {
    it(`splits internet traffic ${p}/${c} between podinfo-primary and podinfo`, () => {
      const d = trace(vs([weighted(p, c)]), internet)
      expect(d.admitted).toBe(true)
      expect(d.routeIndex).toBe(0)
      expect(shares(d)).toEqual(
        [
          ['podinfo-primary', p],
          ['podinfo', c],
        ].filter(([, n]) => n !== 0),
      )
      expect(d.retries).toEqual({ ...retries, isIstioDefault: false })
      expect(d.gateway).toEqual({ namespace: 'istio-system', name: 'public-gateway', serverIndex: 0 })
    })
  }

  it('sends mesh callers to the primary when mesh is not among the gateways', () => {
    const d = trace(vs([weighted(70, 30)]), { entry: 'mesh', host: 'podinfo' })
    expect(shares(d)).toEqual([['podinfo-primary', 100]])
    expect(d.virtualService).toBeNull()
    expect(d.explanation).toBe(
      'mesh is not among service.gateways, so in-mesh calls skip VirtualService test/podinfo, and the apex Service podinfo sends them all to podinfo-primary.',
    )
  })

  it('routes mesh callers through the VirtualService when it is bound to mesh, whatever spelling of the host', () => {
    for (const host of ['podinfo', 'podinfo.test', 'podinfo.test.svc.cluster.local:9898']) {
      const d = trace(vs([weighted(70, 30)], ['mesh']), { entry: 'mesh', host })
      expect(shares(d)).toEqual([
        ['podinfo-primary', 70],
        ['podinfo', 30],
      ])
    }
  })

  it("lets a mesh caller reach the canary Service directly, and ignores hosts that are not the Canary's", () => {
    expect(shares(trace(vs([weighted(70, 30)], ['mesh']), { entry: 'mesh', host: 'podinfo-canary' }))).toEqual([
      ['podinfo', 100],
    ])
    const elsewhere = trace(vs([weighted(70, 30)], ['mesh']), {
      entry: 'mesh',
      host: 'podinfo',
      sourceNamespace: 'other',
    })
    expect(elsewhere.admitted).toBe(false)
    expect(elsewhere.explanation).toContain('not one of this Canary')
  })
})

describe('gateway binding and admission', () => {
  it('answers 404 at a gateway the VirtualService is not bound to', () => {
    const d = trace(vs([weighted(70, 30)], ['mesh']), internet)
    expect([d.admitted, d.status, d.workloads]).toEqual([false, 404, []])
    expect(d.explanation).toContain('bound only to [mesh]')
  })

  it('reads a bare gateway name in the VirtualService namespace', () => {
    const bare = vs([weighted(70, 30)], ['public-gateway'])
    expect(trace(bare, internet, []).admitted).toBe(false)
    expect(trace(bare, { ...internet, entry: 'test/public-gateway' }, []).admitted).toBe(true)
  })

  it('rejects at the Gateway when its servers do not admit the host', () => {
    const d = trace(vs([weighted(70, 30)]), internet, [publicGateway(['*.example.org'])])
    expect([d.admitted, d.status]).toEqual([false, 404])
    expect(d.explanation).toContain('admits the host app.example.com')
  })

  it('assumes a Gateway that is not in the file admits the request, and says so', () => {
    const d = trace(vs([weighted(70, 30)]), internet, [])
    expect(d.admitted).toBe(true)
    expect(d.explanation).toContain('is not in this file, so we assume it admits')
  })

  it('answers 404 for a host the VirtualService does not list', () => {
    const d = trace(vs([weighted(70, 30)]), { ...internet, host: 'www.example.com' })
    expect([d.admitted, d.status]).toEqual([false, 404])
    expect(d.explanation).toContain('not among the hosts')
  })

  it('refuses a port the Gateway has no server on', () => {
    const d = trace(vs([weighted(70, 30)]), { ...internet, port: 8080 })
    expect([d.admitted, d.status]).toEqual([false, null])
  })
})

const abRoutes = (match: HttpRoute['match']): HttpRoute[] => [
  { match, route: [dest('podinfo-primary', 0), dest('podinfo-canary', 100)] },
  { route: [dest('podinfo-primary', 0)] },
]

describe('A/B testing', () => {
  it('sends requests with the A/B header to the canary and the rest to the primary', () => {
    const ab = vs(abRoutes([{ headers: { 'x-canary': { exact: 'insider' } } }]))
    const hit = trace(ab, { ...internet, headers: { 'X-Canary': 'insider' } })
    expect([hit.routeIndex, shares(hit)]).toEqual([0, [['podinfo', 100]]])
    const miss = trace(ab, internet)
    // The default route's lone destination carries weight 0 (Q16); Istio sends everything to it.
    expect([miss.routeIndex, shares(miss)]).toEqual([1, [['podinfo-primary', 100]]])
    expect(miss.explanation).toContain(
      'route 0 does not match (header x-canary must be exact "insider" but it is absent)',
    )
  })

  it('sends requests with the A/B cookie to the canary', () => {
    const ab = vs(abRoutes([{ headers: { cookie: { regex: '^(.*?;)?(canary=always)(;.*)?$' } } }]))
    expect(shares(trace(ab, { ...internet, cookies: { canary: 'always' } }))).toEqual([['podinfo', 100]])
    expect(shares(trace(ab, { ...internet, cookies: { canary: 'never' } }))).toEqual([['podinfo-primary', 100]])
  })

  it('answers 404 when service.match leaves no route for the request', () => {
    const d = trace(vs([{ ...weighted(70, 30), match: [{ uri: { prefix: '/api' } }] }]), { ...internet, path: '/web' })
    expect([d.admitted, d.status, d.routeIndex]).toEqual([false, 404, null])
  })
})

describe('blue/green, mirroring and session affinity', () => {
  it('keeps blue/green traffic on the primary during analysis and moves it all at promotion', () => {
    expect(shares(trace(vs([weighted(100, 0)]), internet))).toEqual([['podinfo-primary', 100]])
    expect(shares(trace(vs([weighted(0, 100)]), internet))).toEqual([['podinfo', 100]])
  })

  it('reports the mirror target and percentage', () => {
    const d = trace(
      vs([{ ...weighted(100, 0), mirror: { host: 'podinfo-canary' }, mirrorPercentage: { value: 50 } }]),
      internet,
    )
    expect(d.mirror).toEqual({ name: 'podinfo', service: 'podinfo-canary', percent: 50 })
    expect(shares(d)).toEqual([['podinfo-primary', 100]])
    expect(trace(vs([{ ...weighted(100, 0), mirror: { host: 'podinfo-canary' } }]), internet).mirror?.percent).toBe(100)
  })

  const cookie = 'flagger-cookie=abcdefghij; Max-Age=21600'
  const affinity = vs([
    {
      match: [{ headers: { Cookie: { regex: '.*flagger-cookie.*abcdefghij.*' } } }],
      route: [dest('podinfo-primary', 0), dest('podinfo-canary', 100)],
    },
    {
      route: [
        dest('podinfo-primary', 80),
        { ...dest('podinfo-canary', 20), headers: { response: { add: { 'Set-Cookie': cookie } } } },
      ],
    },
  ])

  it('sets the affinity cookie when a new visitor lands on the canary', () => {
    const d = trace(affinity, internet)
    expect([d.routeIndex, shares(d), d.setCookie]).toEqual([
      1,
      [
        ['podinfo-primary', 80],
        ['podinfo', 20],
      ],
      cookie,
    ])
    expect(d.workloads[1]?.setCookie).toBe(cookie)
    expect(d.explanation).toContain('when podinfo answers, the response sets the affinity cookie')
  })

  it('keeps a returning visitor with the affinity cookie on the canary', () => {
    const d = trace(affinity, { ...internet, cookies: { other: '1', 'flagger-cookie': 'abcdefghij' } })
    expect([d.routeIndex, shares(d)]).toEqual([0, [['podinfo', 100]]])
  })
})

describe('TCP', () => {
  const tcpCanary: Canary = { ...canary, spec: { ...canary.spec, service: { port: 9898, appProtocol: 'tcp' } } }
  const tcpVs: VirtualService = {
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'VirtualService',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      hosts: ['podinfo'],
      gateways: ['mesh'],
      tcp: [{ match: [{ port: 9898 }], route: [dest('podinfo-primary', 60), dest('podinfo-canary', 40)] }],
    },
  }
  it('splits connections on the matching port', () => {
    const d = trace(tcpVs, { entry: 'mesh', host: 'podinfo' }, [], tcpCanary)
    expect([d.routeKind, d.routeIndex, shares(d), d.retries]).toEqual([
      'tcp',
      0,
      [
        ['podinfo-primary', 60],
        ['podinfo', 40],
      ],
      null,
    ])
  })
  it('closes connections on another port', () => {
    const d = trace(tcpVs, { entry: 'mesh', host: 'podinfo', port: 8080 }, [], tcpCanary)
    expect(d.admitted).toBe(false)
    expect(d.explanation).toContain('no TCP route')
  })
})
