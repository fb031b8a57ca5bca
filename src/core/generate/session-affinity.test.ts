import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import type { Canary } from '../catalog/canary-fields.ts'
import type { RoutingState } from '../model/routing.ts'
import { planResources } from './generate-resources.ts'
import { isIstioVirtualService, type HttpRoute } from './istio-types.ts'

const canary = (affinity: string, service = '', interval = '15s'): Canary =>
  canaryFromYaml(`
metadata: {name: podinfo, namespace: default}
spec:
  targetRef: {kind: Deployment, name: podinfo}
  service: {port: 9898${service}}
  analysis: {interval: ${interval}, threshold: 5, stepWeight: 10, sessionAffinity: ${affinity}}
`)

const routing = (canaryWeight: number, hasPreviousAffinityCookie = false, mirrored = false): RoutingState => ({
  primaryWeight: 100 - canaryWeight,
  canaryWeight,
  mirrored,
  hasPreviousAffinityCookie,
})

function http(c: Canary, r: RoutingState, cookieValue = 'abcdeFGHIJ'): HttpRoute[] {
  const vs = planResources(c, r, { cookieValue, primaryCookieValue: 'KLMNOpqrst' }).objects.find(isIstioVirtualService)
  return vs?.spec.http ?? []
}

const weights = (r: HttpRoute | undefined) => r?.route.map((d) => `${d.destination.host}=${d.weight}`)

describe('session affinity without primaryCookieName (getSessionAffinityRoutes "without primary cookie")', () => {
  const c = canary('{cookieName: flagger-cookie, maxAge: 300}')

  it('during the run: [sticky canary 0/100, weighted with Set-Cookie on the canary destination]', () => {
    const [sticky, weighted, extra] = http(c, routing(10))
    expect(extra).toBeUndefined()
    expect(sticky?.match).toEqual([{ headers: { Cookie: { regex: '.*flagger-cookie.*abcdeFGHIJ.*' } } }])
    expect(weights(sticky)).toEqual(['podinfo-primary=0', 'podinfo-canary=100'])
    expect(weights(weighted)).toEqual(['podinfo-primary=90', 'podinfo-canary=10'])
    expect(weighted?.match).toBeUndefined()
    expect(weighted?.route[0]?.headers).toBeUndefined()
    expect(weighted?.route[1]?.headers).toEqual({ response: { add: { 'Set-Cookie': 'flagger-cookie=abcdeFGHIJ; Max-Age=300' } } })
  })

  it('after the run (weight 0, earlier cookie): the expiry route on the cookie, Max-Age=-1 at route level, then the weighted route', () => {
    const [expiry, weighted, extra] = http(c, routing(0, true))
    expect(extra).toBeUndefined()
    expect(expiry?.match).toEqual([{ headers: { Cookie: { regex: '.*flagger-cookie.*abcdeFGHIJ.*' } } }])
    expect(expiry?.headers).toEqual({ response: { add: { 'Set-Cookie': 'flagger-cookie=abcdeFGHIJ; Max-Age=-1' } } })
    expect(weights(expiry)).toEqual(['podinfo-primary=100', 'podinfo-canary=0'])
    expect(weighted).toEqual({ route: [{ destination: { host: 'podinfo-primary' }, weight: 100 }, { destination: { host: 'podinfo-canary' }, weight: 0 }] })
  })

  it('before any run (weight 0, no cookie): the single route Reconcile writes', () => {
    expect(http(c, routing(0))).toHaveLength(1)
  })

  it('maxAge 0 or unset means 86400; a negative maxAge is kept (GetMaxAge tests == 0 only)', () => {
    expect(http(canary('{cookieName: k}'), routing(10))[1]?.route[1]?.headers?.response?.add?.['Set-Cookie']).toBe('k=abcdeFGHIJ; Max-Age=86400')
    expect(http(canary('{cookieName: k, maxAge: -5}'), routing(10))[1]?.route[1]?.headers?.response?.add?.['Set-Cookie']).toBe('k=abcdeFGHIJ; Max-Age=-5')
  })
})

describe('session affinity with primaryCookieName ("with primary cookie")', () => {
  const c = canary('{cookieName: canary-flagger-cookie, primaryCookieName: primary-flagger-cookie, maxAge: 300}')

  it('during the run: [sticky canary, sticky primary, weighted with both Set-Cookies]; primary Max-Age = interval seconds', () => {
    const [stickyCanary, stickyPrimary, weighted] = http(c, routing(10))
    expect(stickyCanary?.match?.[0]?.headers?.Cookie).toEqual({ regex: '.*canary-flagger-cookie.*abcdeFGHIJ.*' })
    expect(weights(stickyCanary)).toEqual(['podinfo-primary=0', 'podinfo-canary=100'])
    expect(stickyPrimary?.match?.[0]?.headers?.Cookie).toEqual({ regex: '.*primary-flagger-cookie.*KLMNOpqrst.*' })
    expect(weights(stickyPrimary)).toEqual(['podinfo-primary=100', 'podinfo-canary=0'])
    expect(weighted?.route[0]?.headers).toEqual({ response: { add: { 'Set-Cookie': 'primary-flagger-cookie=KLMNOpqrst; Max-Age=15' } } })
    expect(weighted?.route[1]?.headers).toEqual({ response: { add: { 'Set-Cookie': 'canary-flagger-cookie=abcdeFGHIJ; Max-Age=300' } } })
  })

  it('after the run the primary sticky route is gone and the primary cookie is not expired', () => {
    const routes = http(c, routing(0, true))
    expect(routes).toHaveLength(2)
    expect(JSON.stringify(routes)).not.toContain('primary-flagger-cookie')
  })

  it('the primary cookie Max-Age is the raw interval, truncated, with no 10s clamp', () => {
    const fast = canary('{cookieName: c, primaryCookieName: p}', '', '5s')
    expect(http(fast, routing(10))[2]?.route[0]?.headers?.response?.add?.['Set-Cookie']).toBe('p=KLMNOpqrst; Max-Age=5')
    const odd = canary('{cookieName: c, primaryCookieName: p}', '', '1m30s')
    expect(http(odd, routing(10))[2]?.route[0]?.headers?.response?.add?.['Set-Cookie']).toBe('p=KLMNOpqrst; Max-Age=90')
  })

  it('an interval Go cannot parse fails SetRoutes: Reconcile’s 100/0 route stays, with Flagger’s error', () => {
    const bad = canary('{cookieName: c, primaryCookieName: p}', '', '"10sx"')
    const r = planResources(bad, routing(10))
    expect(r.diagnostics[0]?.message).toContain('failed to parse canary interval')
    const vs = r.objects.find(isIstioVirtualService)
    expect(vs?.spec.http?.map(weights)).toEqual([['podinfo-primary=100', 'podinfo-canary=0']])
  })
})

describe('cookie attributes and interactions', () => {
  it('BuildCookie order: Max-Age, Domain, HttpOnly, Partitioned, Path, SameSite, Secure (TestIstioRouter_SetRoutes)', () => {
    const c = canary('{cookieName: flagger-cookie, domain: flagger.app, httpOnly: true, maxAge: 300, partitioned: true, path: /app, sameSite: Strict, secure: true}')
    expect(http(c, routing(10))[1]?.route[1]?.headers?.response?.add?.['Set-Cookie']).toBe(
      'flagger-cookie=abcdeFGHIJ; Max-Age=300; Domain=flagger.app; HttpOnly; Partitioned; Path=/app; SameSite=Strict; Secure',
    )
  })

  it('merges the Cookie match with service.match (headers replaced)', () => {
    const c = canary('{cookieName: k}', ', match: [{uri: {prefix: /api}, headers: {x: {exact: y}}}]')
    expect(http(c, routing(10))[0]?.match).toEqual([{ uri: { prefix: '/api' }, headers: { Cookie: { regex: '.*k.*abcdeFGHIJ.*' } } }])
  })

  it('mirror lands on http[0], the sticky route (Q6)', () => {
    const c = canary('{cookieName: k}')
    const routes = http(c, routing(10, false, true))
    expect(routes[0]?.mirror).toEqual({ host: 'podinfo-canary' })
    expect(routes[1]?.mirror).toBeUndefined()
  })

  it('with service.headers, the expiry Set-Cookie also lands on the weighted route (Q7), merged with the existing headers', () => {
    const c = canary('{cookieName: k}', ', headers: {request: {set: {a: b}}}')
    const [expiry, weighted] = http(c, routing(0, true))
    const expected = { request: { set: { a: 'b' } }, response: { add: { 'Set-Cookie': 'k=abcdeFGHIJ; Max-Age=-1' } } }
    expect(expiry?.headers).toEqual(expected)
    expect(weighted?.headers).toEqual(expected)
  })

  it('with analysis.match too, the expiry Set-Cookie written into service.headers reaches both A/B routes', () => {
    const c = canary('{cookieName: k}', ', headers: {response: {remove: [x]}}')
    const ab: Canary = { ...c, spec: { ...c.spec, analysis: { ...c.spec?.analysis, match: [{ headers: { u: { exact: 'v' } } }] } } }
    const expected = { response: { add: { 'Set-Cookie': 'k=abcdeFGHIJ; Max-Age=-1' }, remove: ['x'] } }
    expect(http(ab, routing(0, true)).map((r) => r.headers)).toEqual([expected, expected])
    expect(http(ab, routing(0)).map((r) => r.headers)).toEqual([{ response: { remove: ['x'] } }, { response: { remove: ['x'] } }])
  })
})
