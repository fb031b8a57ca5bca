import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Canary } from '../catalog/canary-fields.ts'
import { exampleCookieLetters } from '../generate/generate-context.ts'
import { readIstioGateway, type IstioGateway } from '../gateway/istio-gateway.ts'
import { traceRequest } from './trace-request.ts'
import type { TraceRequest } from './trace-request-types.ts'

// Over generated Canaries, routing states and requests: a served request's shares sum to 100, and at canary
// weight 0 the canary serves nothing unless the request carries the A/B header or cookie, the affinity cookie,
// or calls the canary Service directly.
const gateways: IstioGateway[] = [
  readIstioGateway({
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'Gateway',
    metadata: { name: 'public-gateway', namespace: 'istio-system' },
    spec: { servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }] },
  }) as IstioGateway,
]

const canaryArb = fc
  .record({
    strategy: fc.constantFrom('canary', 'ab', 'bluegreen'),
    gateways: fc.subarray(['mesh', 'istio-system/public-gateway', 'public-gateway']),
    hosts: fc.subarray(['app.example.com', '*.example.com']),
    affinity: fc.boolean(),
    mirror: fc.boolean(),
    tcp: fc.boolean(),
    serviceMatch: fc.boolean(),
  })
  .map(({ strategy, gateways: gw, hosts, affinity, mirror, tcp, serviceMatch }): Canary => ({
    kind: 'Canary',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
      service: {
        port: 9898,
        gateways: gw,
        hosts,
        ...(tcp ? { appProtocol: 'tcp' } : {}),
        ...(serviceMatch ? { match: [{ uri: { prefix: '/api' } }] } : {}),
      },
      analysis: {
        interval: '1m',
        threshold: 2,
        ...(strategy === 'canary' ? { stepWeight: 10, maxWeight: 50 } : { iterations: 5 }),
        ...(strategy === 'ab' ? { match: [{ headers: { 'x-canary': { exact: 'insider' } } }] } : {}),
        ...(strategy === 'bluegreen' && mirror ? { mirror: true } : {}),
        ...(affinity ? { sessionAffinity: { cookieName: 'flagger-cookie' } } : {}),
      },
    },
  }))

const requestArb = fc.record({
  entry: fc.constantFrom('mesh', 'istio-system/public-gateway', 'test/public-gateway'),
  host: fc.constantFrom('app.example.com', 'www.example.com', 'podinfo', 'podinfo.test', 'podinfo-canary', 'other'),
  path: fc.constantFrom('/', '/api/users'),
  abHeader: fc.boolean(),
  affinityCookie: fc.boolean(),
})

describe('traceRequest properties', () => {
  it('shares sum to 100 and weight 0 keeps the canary dark', () => {
    fc.assert(
      fc.property(
        canaryArb,
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        requestArb,
        (canary, canaryWeight, mirrored, r) => {
          const request: TraceRequest = {
            entry: r.entry,
            host: r.host,
            path: r.path,
            ...(r.abHeader ? { headers: { 'x-canary': 'insider' } } : {}),
            ...(r.affinityCookie ? { cookies: { 'flagger-cookie': exampleCookieLetters } } : {}),
          }
          const routing = {
            primaryWeight: 100 - canaryWeight,
            canaryWeight,
            mirrored,
            hasPreviousAffinityCookie: false,
          }
          const d = traceRequest({ canary, gateways, routing, request })
          if (d.admitted && d.workloads.length > 0)
            expect(d.workloads.reduce((s, w) => s + w.percent, 0)).toBeCloseTo(100, 9)
          if (!d.admitted) expect(d.workloads).toEqual([])
          const canaryShare = d.workloads.find((w) => w.name === 'podinfo')?.percent ?? 0
          if (canaryWeight === 0 && canaryShare > 0)
            expect(r.abHeader || r.affinityCookie || r.host === 'podinfo-canary').toBe(true)
        },
      ),
      { numRuns: 400 },
    )
  })
})
