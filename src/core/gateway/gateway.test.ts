import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Canary } from '../catalog/canary-fields.ts'
import { lintGateways } from './gateway-lint.ts'
import { resolveGatewayRef } from './gateway-ref.ts'
import { hostMatchesPattern, hostPatternsOverlap } from './host-patterns.ts'
import { readIstioGateway, readIstioGateways, type IstioGateway } from './istio-gateway.ts'
import { publicGatewayTemplate } from './public-gateway-template.ts'
import { admitRequest } from './server-admission.ts'

function gateway(servers: unknown[], name = 'public-gateway', namespace = 'istio-system', apiVersion = 'networking.istio.io/v1beta1'): IstioGateway {
  const g = readIstioGateway({ apiVersion, kind: 'Gateway', metadata: { name, namespace }, spec: { selector: { istio: 'ingressgateway' }, servers } })
  if (!g) throw new Error('not a gateway')
  return g
}
const http80 = (hosts: string[], extra: object = {}) => ({ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts, ...extra })

describe('readIstioGateway', () => {
  it('reads every served apiVersion into servers with port, protocol, hosts and TLS mode', () => {
    for (const v of ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3']) {
      const g = gateway([{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*.example.com'], tls: { mode: 'SIMPLE', credentialName: 'c' } }], 'gw', 'ns', v)
      expect(g.servers[0]).toMatchObject({ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*.example.com'], tlsMode: 'SIMPLE' })
    }
  })
  it('ignores other kinds and the Gateway API Gateway', () => {
    expect(readIstioGateway({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway' })).toBeUndefined()
    expect(readIstioGateways([{ data: { kind: 'Canary' } }, { data: parse(publicGatewayTemplate) }])).toHaveLength(1)
  })
  it('keeps the template a valid public-gateway', () => {
    const g = readIstioGateway(parse(publicGatewayTemplate))
    expect(g).toMatchObject({ name: 'public-gateway', namespace: 'istio-system', servers: [{ port: { number: 80, protocol: 'HTTP' }, hosts: ['*'] }] })
  })
})

describe('gateway references', () => {
  it('resolves mesh, ns/name, bare names and the legacy FQDN form', () => {
    expect(resolveGatewayRef('mesh', 'test')).toEqual({ kind: 'mesh' })
    expect(resolveGatewayRef('istio-system/public-gateway', 'test')).toEqual({ kind: 'gateway', namespace: 'istio-system', name: 'public-gateway' })
    expect(resolveGatewayRef('public-gateway', 'test')).toEqual({ kind: 'gateway', namespace: 'test', name: 'public-gateway' })
    expect(resolveGatewayRef('public-gateway.istio-system.svc.cluster.local', 'test')).toEqual({ kind: 'gateway', namespace: 'istio-system', name: 'public-gateway' })
  })
})

describe('host patterns', () => {
  it('matches exact names case-insensitively, *.suffix wildcards and *', () => {
    expect(hostMatchesPattern('app.example.com', 'APP.example.com')).toBe(true)
    expect(hostMatchesPattern('app.example.com', 'app.example.org')).toBe(false)
    expect(hostMatchesPattern('*.example.com', 'a.b.example.com')).toBe(true)
    expect(hostMatchesPattern('*.example.com', 'example.com')).toBe(false)
    expect(hostMatchesPattern('*', 'anything')).toBe(true)
  })
  it('overlaps wildcard patterns the way Istio intersects hosts', () => {
    expect(hostPatternsOverlap('*.example.com', 'app.example.com')).toBe(true)
    expect(hostPatternsOverlap('*.a.example.com', '*.example.com')).toBe(true)
    expect(hostPatternsOverlap('*.example.org', '*.example.com')).toBe(false)
  })
})

describe('admitRequest', () => {
  const g = gateway([http80(['*.example.com']), { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['app.example.com'], tls: { mode: 'SIMPLE' } }])
  it('admits by port, protocol and server host', () => {
    expect(admitRequest(g, { host: 'app.example.com', port: 80, protocol: 'http' }, 'test', 'istio-system')).toMatchObject({ admitted: true, routeKind: 'http' })
    expect(admitRequest(g, { host: 'app.example.com', port: 443, protocol: 'https' }, 'test', 'istio-system')).toMatchObject({ admitted: true, server: { index: 1 } })
  })
  it('refuses a port without a server, a protocol mismatch and an unlisted host', () => {
    expect(admitRequest(g, { host: 'app.example.com', port: 8080, protocol: 'http' }, 'test', 'istio-system')).toMatchObject({ admitted: false, status: null })
    expect(admitRequest(g, { host: 'app.example.com', port: 443, protocol: 'http' }, 'test', 'istio-system')).toMatchObject({ admitted: false })
    expect(admitRequest(g, { host: 'app.example.org', port: 80, protocol: 'http' }, 'test', 'istio-system')).toMatchObject({ admitted: false, status: 404 })
  })
  it('honours namespace/host server entries, "." meaning the Gateway namespace', () => {
    const scoped = gateway([http80(['prod/app.example.com', './admin.example.com'])])
    expect(admitRequest(scoped, { host: 'app.example.com', port: 80, protocol: 'http' }, 'prod', 'istio-system').admitted).toBe(true)
    expect(admitRequest(scoped, { host: 'app.example.com', port: 80, protocol: 'http' }, 'test', 'istio-system')).toMatchObject({ admitted: false, status: 404 })
    expect(admitRequest(scoped, { host: 'admin.example.com', port: 80, protocol: 'http' }, 'istio-system', 'istio-system').admitted).toBe(true)
    expect(admitRequest(scoped, { host: 'admin.example.com', port: 80, protocol: 'http' }, 'test', 'istio-system').admitted).toBe(false)
  })
  it('redirects with httpsRedirect and refuses TLS passthrough', () => {
    const redirect = gateway([http80(['*'], { tls: { httpsRedirect: true } })])
    expect(admitRequest(redirect, { host: 'a', port: 80, protocol: 'http' }, 'test', 'istio-system')).toMatchObject({ admitted: false, status: 301 })
    const pass = gateway([{ port: { number: 443, name: 'tls', protocol: 'HTTPS' }, hosts: ['*'], tls: { mode: 'PASSTHROUGH' } }])
    expect(admitRequest(pass, { host: 'a', port: 443, protocol: 'https' }, 'test', 'istio-system').admitted).toBe(false)
  })
  it('admits TCP connections on a TCP server whatever the host', () => {
    const tcp = gateway([{ port: { number: 5432, name: 'tcp', protocol: 'TCP' }, hosts: ['db.example.com'] }])
    expect(admitRequest(tcp, { host: 'x', port: 5432, protocol: 'tcp' }, 'test', 'istio-system')).toMatchObject({ admitted: true, routeKind: 'tcp' })
  })
})

function canary(gateways: string[] | undefined, hosts: string[] | undefined): Canary {
  return { kind: 'Canary', metadata: { name: 'podinfo', namespace: 'test' }, spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' }, service: { port: 9898, gateways, hosts } } }
}

describe('lintGateways', () => {
  it('is quiet when the referenced Gateway admits a Canary host', () => {
    expect(lintGateways(canary(['istio-system/public-gateway'], ['app.example.com']), [gateway([http80(['*'])])])).toEqual([])
  })
  it('warns when the referenced Gateway admits none of the hosts', () => {
    const d = lintGateways(canary(['istio-system/public-gateway'], ['app.example.com']), [gateway([http80(['*.example.org'])])])
    expect(d.map((x) => [x.rule, x.severity, x.path])).toEqual([['gateway-admits-no-canary-host', 'warning', ['spec', 'service', 'gateways', 0]]])
  })
  it('warns about a Gateway in the file the Canary does not reference, with a fix', () => {
    const d = lintGateways(canary(['mesh'], ['app.example.com']), [gateway([http80(['*'])])])
    expect(d[0]?.rule).toBe('gateway-not-referenced')
    expect(d[0]?.fixes?.[0]).toMatchObject({ kind: 'set', value: ['mesh', 'istio-system/public-gateway'] })
  })
  it('notes a reference defined elsewhere, resolving bare names in the Canary namespace', () => {
    const d = lintGateways(canary(['public-gateway'], ['app.example.com']), [gateway([http80(['*'])])])
    expect(d.map((x) => [x.rule, x.severity])).toEqual([
      ['gateway-defined-elsewhere', 'info'],
      ['gateway-not-referenced', 'warning'],
    ])
    expect(d[0]?.message).toContain('test/public-gateway')
  })
})
