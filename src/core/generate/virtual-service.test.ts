import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import type { Canary } from '../catalog/canary-fields.ts'
import { initialRouting, type RoutingState } from '../model/routing.ts'
import { planResources } from './generate-resources.ts'
import { isIstioVirtualService, type VirtualService } from './istio-types.ts'

const at = (canaryWeight: number, mirrored = false): RoutingState => ({ primaryWeight: 100 - canaryWeight, canaryWeight, mirrored, hasPreviousAffinityCookie: false })

function virtualService(canary: Canary, routing: RoutingState = initialRouting): VirtualService {
  const vs = planResources(canary, routing).objects.find(isIstioVirtualService)
  if (!vs) throw new Error('no VirtualService')
  return vs
}

// Flagger pkg/router/router_test.go newTestCanary, as a Canary document.
const upstreamCanary = `
metadata: {name: podinfo, namespace: default}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service:
    port: 9898
    portDiscovery: true
    appProtocol: http
    headers:
      request: {add: {x-envoy-upstream-rq-timeout-ms: "15000"}, remove: [test]}
      response: {remove: [token]}
    corsPolicy: {allowMethods: [GET, POST]}
    match: [{name: podinfo, uri: {prefix: /podinfo}, method: {exact: GET}, ignoreUriCase: true}]
    retries: {attempts: 10, perTryTimeout: 30s, retryOn: "connect-failure,gateway-error"}
    gateways: [istio/public-gateway, mesh]
  analysis: {threshold: 10, stepWeight: 10, maxWeight: 50, interval: 1m}
`
const withService = (yaml: string, extra: Record<string, unknown>): Canary => {
  const c = canaryFromYaml(yaml)
  return { ...c, spec: { ...c.spec, service: { ...c.spec?.service, ...extra } } }
}
const withAnalysis = (c: Canary, extra: Record<string, unknown>): Canary => ({ ...c, spec: { ...c.spec, analysis: { ...c.spec?.analysis, ...extra } } })

describe('VirtualService: the upstream router tests', () => {
  const canary = canaryFromYaml(upstreamCanary)

  it('SetRoutes normal: 60/40 on one route carrying match, retries, CORS and headers in struct order', () => {
    const route = virtualService(canary, at(40)).spec.http?.[0]
    expect(Object.keys(route ?? {})).toEqual(['match', 'route', 'retries', 'corsPolicy', 'headers'])
    expect(route?.route.map((d) => [d.destination.host, d.weight])).toEqual([['podinfo-primary', 60], ['podinfo-canary', 40]])
    expect(route?.match).toEqual([{ name: 'podinfo', uri: { prefix: '/podinfo' }, method: { exact: 'GET' }, ignoreUriCase: true }])
    expect(route?.headers).toEqual({ request: { add: { 'x-envoy-upstream-rq-timeout-ms': '15000' }, remove: ['test'] }, response: { remove: ['token'] } })
    expect(route?.corsPolicy).toEqual({ allowMethods: ['GET', 'POST'] })
    expect(route?.mirror).toBeUndefined()
  })

  it('GatewayPort: portDiscovery with gateways [gw, mesh] pins the destination port', () => {
    expect(virtualService(canary).spec.http?.[0]?.route[0]?.destination).toEqual({ host: 'podinfo-primary', port: { number: 9898 } })
  })

  it('port discovery ordering: [mesh, gw] gives no port, no portDiscovery gives no port', () => {
    const meshFirst = withService(upstreamCanary, { gateways: ['mesh', 'istio/public-gateway'] })
    expect(virtualService(meshFirst).spec.http?.[0]?.route[0]?.destination).toEqual({ host: 'podinfo-primary' })
    const noDiscovery = withService(upstreamCanary, { portDiscovery: false })
    expect(virtualService(noDiscovery).spec.http?.[0]?.route[0]?.destination).toEqual({ host: 'podinfo-primary' })
  })

  it('mirror: http[0].mirror to the canary; mirrorPercentage only when mirrorWeight > 0', () => {
    for (const w of [0, 10, 50]) {
      const route = virtualService(withAnalysis(canary, { mirror: true, mirrorWeight: w }), at(0, true)).spec.http?.[0]
      expect(route?.mirror).toEqual({ host: 'podinfo-canary' })
      expect(route?.mirrorPercentage).toEqual(w > 0 ? { value: w } : undefined)
      expect(Object.keys(route ?? {})).toEqual(['match', 'route', 'retries', 'mirror', ...(w > 0 ? ['mirrorPercentage'] : []), 'corsPolicy', 'headers'])
    }
  })

  it('Delegate ok: no hosts, no gateways, the port pinned', () => {
    const delegate = withService(upstreamCanary, { hosts: [], gateways: [], delegation: true })
    const vs = virtualService(delegate)
    expect(vs.spec.hosts).toEqual([])
    expect(vs.spec.gateways).toBeUndefined()
    expect(vs.spec.http?.[0]?.route[0]?.destination.port).toEqual({ number: 9898 })
  })

  it('Delegate invalid: Flagger’s exact error, no VirtualService, DestinationRules still written', () => {
    const r = planResources(withService(upstreamCanary, { delegation: true }), initialRouting)
    expect(r.diagnostics[0]?.message).toContain('VirtualService podinfo.default cannot have hosts and gateways when delegation enabled')
    expect(r.objects.map((o) => o.kind)).toEqual(['Service', 'Service', 'Service', 'DestinationRule', 'DestinationRule'])
  })
})

describe('VirtualService: A/B match routes (TestIstioRouter_Match, TestIstioRouter_ABTest)', () => {
  const abtest = `
metadata: {name: abtest, namespace: default}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: abtest}
  service: {port: 9898, meshName: global}
  analysis: {threshold: 10, iterations: 2, interval: 1m, match: [{headers: {x-user-type: {exact: test}}}]}
`
  it('without service.match: analysis.match verbatim, then the default route with no match', () => {
    const http = virtualService(canaryFromYaml(abtest)).spec.http ?? []
    expect(http).toHaveLength(2)
    expect(http[0]?.match).toEqual([{ headers: { 'x-user-type': { exact: 'test' } } }])
    expect(http[1]?.match).toBeUndefined()
  })

  it('A/B at 0/100: the match route sends all to the canary; the lone default destination carries weight 0 (Q16)', () => {
    const http = virtualService(canaryFromYaml(abtest), { ...at(100) }).spec.http ?? []
    expect(http[0]?.route.map((d) => d.weight)).toEqual([0, 100])
    expect(http[1]?.route).toEqual([{ destination: { host: 'abtest-primary' }, weight: 0 }])
  })

  it('with service.match and two analysis conditions: the cross product, headers replaced, service fields kept', () => {
    const c = withAnalysis(withService(abtest, { match: [{ name: 'podinfo', uri: { prefix: '/podinfo' }, method: { exact: 'GET' }, ignoreUriCase: true }] }), {
      match: [{ headers: { 'x-user-type': { exact: 'test' }, 'x-auth-test': { exact: 'test' } } }, { headers: { 'x-session-id': { exact: 'test' } } }],
    })
    const http = virtualService(c).spec.http ?? []
    const service = { name: 'podinfo', uri: { prefix: '/podinfo' }, method: { exact: 'GET' }, ignoreUriCase: true }
    expect(http[0]?.match).toEqual([
      { ...service, headers: { 'x-auth-test': { exact: 'test' }, 'x-user-type': { exact: 'test' } } },
      { ...service, headers: { 'x-session-id': { exact: 'test' } } },
    ])
    expect(Object.keys(http[0]?.match?.[0] ?? {})).toEqual(['name', 'uri', 'method', 'headers', 'ignoreUriCase'])
    expect(http[1]?.match).toEqual([service])
  })

  it('drops the analysis entry’s queryParams when service.match is set, keeps them when it is not', () => {
    const c = withAnalysis(canaryFromYaml(abtest), { match: [{ queryParams: { beta: { exact: '1' } } }] })
    expect(virtualService(c).spec.http?.[0]?.match).toEqual([{ queryParams: { beta: { exact: '1' } } }])
    const merged = withAnalysis(withService(abtest, { match: [{ uri: { prefix: '/' } }] }), { match: [{ queryParams: { beta: { exact: '1' } } }] })
    expect(virtualService(merged).spec.http?.[0]?.match).toEqual([{ uri: { prefix: '/' } }])
  })

  it('analysis.match drops the mirror (Q5)', () => {
    const c = withAnalysis(canaryFromYaml(abtest), { mirror: true })
    expect(virtualService(c, at(0, true)).spec.http?.some((r) => r.mirror)).toBe(false)
  })
})

describe('VirtualService: hosts, gateways, TCP and metadata', () => {
  const minimal = 'metadata: {name: podinfo, namespace: test}\nspec: {targetRef: {kind: Deployment, name: podinfo}, service: {port: 80}}'

  it('appends the apex unless it or "*" is listed; a FQDN does not count', () => {
    expect(virtualService(withService(minimal, { hosts: ['podinfo.test.svc.cluster.local'] })).spec.hosts).toEqual(['podinfo.test.svc.cluster.local', 'podinfo'])
    expect(virtualService(withService(minimal, { hosts: ['*'] })).spec.hosts).toEqual(['*'])
    expect(virtualService(withService(minimal, { hosts: ['podinfo', 'a.example.com'] })).spec.hosts).toEqual(['podinfo', 'a.example.com'])
  })

  it('uses [mesh] only when gateways is empty, and keeps a list without mesh as written', () => {
    expect(virtualService(canaryFromYaml(minimal)).spec.gateways).toEqual(['mesh'])
    expect(virtualService(withService(minimal, { gateways: ['public-gateway'] })).spec.gateways).toEqual(['public-gateway'])
  })

  it('TCP (SetRoutesTCP): one tcp route, only the ports of service.match, no HTTP fields', () => {
    const tcp = withService(minimal, { appProtocol: 'TCP', port: 9898, portDiscovery: true, match: [{ port: 9898, uri: { prefix: '/' } }], gateways: ['istio/public-gateway', 'mesh'], retries: { attempts: 1 } })
    const vs = virtualService(tcp, at(40))
    expect(vs.spec.http).toBeUndefined()
    expect(vs.spec.tcp).toEqual([
      {
        match: [{ port: 9898 }],
        route: [
          { destination: { host: 'podinfo-primary', port: { number: 9898 } }, weight: 60 },
          { destination: { host: 'podinfo-canary', port: { number: 9898 } }, weight: 40 },
        ],
      },
    ])
  })

  it('rewrite loses its type; timeout is copied', () => {
    const route = virtualService(withService(minimal, { rewrite: { uri: '/', type: 'ReplacePrefixMatch' }, timeout: '30s' })).spec.http?.[0]
    expect(route?.rewrite).toEqual({ uri: '/' })
    expect(route?.timeout).toBe('30s')
  })

  it('apex labels: the Kubernetes router adds <key>: <apex> to service.apex.labels before the VS reads them', () => {
    const vs = virtualService(withService(minimal, { apex: { labels: { team: 'a' }, annotations: { note: 'x' } } }))
    expect(vs.metadata.labels).toEqual({ app: 'podinfo', team: 'a' })
    expect(vs.metadata.annotations).toEqual({ 'helm.toolkit.fluxcd.io/driftDetection': 'disabled', 'kustomize.toolkit.fluxcd.io/reconcile': 'disabled', note: 'x' })
    expect(virtualService(canaryFromYaml(minimal)).metadata.labels).toBeUndefined()
  })
})
