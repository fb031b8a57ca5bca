import { describe, expect, it } from 'vitest'
import type { HttpMatchRequest } from '../generate/istio-types.ts'
import { evaluateMatchBlock, evaluateMatchList, type MatchContext } from './http-match.ts'
import { normalizeRequest } from './normalized-request.ts'
import type { TraceRequest } from './trace-request-types.ts'

const meshCtx: MatchContext = {
  entry: { kind: 'mesh' },
  vsNamespace: 'test',
  proxyLabels: { app: 'frontend' },
  proxyNamespace: 'web',
}
const gwCtx: MatchContext = {
  entry: { kind: 'gateway', namespace: 'istio-system', name: 'public-gateway' },
  vsNamespace: 'test',
  proxyLabels: {},
  proxyNamespace: 'istio-system',
}

const request = (r: Partial<TraceRequest>) => normalizeRequest({ entry: 'mesh', host: 'podinfo', ...r }, 'test', 9898)
const holds = (block: HttpMatchRequest, r: Partial<TraceRequest>, ctx = meshCtx) =>
  evaluateMatchBlock(block, request(r), ctx).matched

// Each Istio HTTPMatchRequest rule: one request that matches and a near miss.
const cases: [string, HttpMatchRequest, Partial<TraceRequest>, Partial<TraceRequest>][] = [
  [
    'header exact',
    { headers: { 'x-canary': { exact: 'insider' } } },
    { headers: { 'x-canary': 'insider' } },
    { headers: { 'x-canary': 'insider2' } },
  ],
  [
    'header name case-insensitive',
    { headers: { 'X-Canary': { exact: 'a' } } },
    { headers: { 'x-CANARY': 'a' } },
    { headers: { 'x-canari': 'a' } },
  ],
  [
    'header prefix',
    { headers: { 'user-agent': { prefix: 'Mozilla' } } },
    { headers: { 'user-agent': 'Mozilla/5.0' } },
    { headers: { 'user-agent': 'mozilla/5.0' } },
  ],
  [
    'header regex (whole value)',
    { headers: { 'user-agent': { regex: '.*Firefox.*' } } },
    { headers: { 'user-agent': 'Mozilla Firefox/1' } },
    { headers: { 'user-agent': 'Chrome' } },
  ],
  ['header presence ({})', { headers: { 'x-debug': {} } }, { headers: { 'x-debug': '' } }, {}],
  [
    'withoutHeaders',
    { withoutHeaders: { 'x-canary': { exact: 'never' } } },
    { headers: { 'x-canary': 'always' } },
    { headers: { 'x-canary': 'never' } },
  ],
  [
    'cookie regex (Flagger A/B)',
    { headers: { cookie: { regex: '^(.*?;)?(canary=always)(;.*)?$' } } },
    { cookies: { canary: 'always' } },
    { cookies: { canary: 'never' } },
  ],
  ['uri exact ignores the query', { uri: { exact: '/api' } }, { path: '/api?x=1' }, { path: '/api/' }],
  ['uri prefix', { uri: { prefix: '/api' } }, { path: '/api/users' }, { path: '/ap' }],
  ['uri regex (whole path)', { uri: { regex: '/v[0-9]+/.*' } }, { path: '/v2/users' }, { path: '/x/v2/users' }],
  ['ignoreUriCase', { uri: { prefix: '/API' }, ignoreUriCase: true }, { path: '/api/x' }, { path: '/apx' }],
  ['scheme', { scheme: { exact: 'https' } }, { scheme: 'https' }, { scheme: 'http' }],
  ['method', { method: { exact: 'POST' } }, { method: 'post' }, { method: 'GET' }],
  ['authority', { authority: { prefix: 'podinfo' } }, { host: 'podinfo.test' }, { host: 'web.test' }],
  ['query exact', { queryParams: { canary: { exact: 'true' } } }, { path: '/?canary=true' }, { path: '/?canary=TRUE' }],
  [
    'query regex',
    { queryParams: { v: { regex: '[0-9]+' } } },
    { queryParams: { v: '12' } },
    { queryParams: { v: '12a' } },
  ],
  ['port', { port: 9898 }, {}, { port: 8080 }],
  ['sourceLabels', { sourceLabels: { app: 'frontend' } }, {}, {}],
  ['sourceNamespace', { sourceNamespace: 'web' }, {}, {}],
]

describe('Istio HTTPMatchRequest rules', () => {
  for (const [name, block, match, miss] of cases) {
    it(`${name}: matches, and a near miss does not`, () => {
      expect(holds(block, match)).toBe(true)
      if (name === 'sourceLabels' || name === 'sourceNamespace')
        expect(holds(block, miss, { ...meshCtx, proxyLabels: { app: 'backend' }, proxyNamespace: 'test' })).toBe(false)
      else expect(holds(block, miss)).toBe(false)
    })
  }

  it('shows the space pitfall of the documented A/B cookie regex: a later cookie after "; " does not match', () => {
    const block = { headers: { cookie: { regex: '^(.*?;)?(canary=always)(;.*)?$' } } }
    expect(holds(block, { headers: { cookie: 'session=x;canary=always' } })).toBe(true)
    expect(holds(block, { cookies: { session: 'x', canary: 'always' } })).toBe(false)
  })

  it('ANDs the fields of one block and ORs the blocks', () => {
    const both: HttpMatchRequest = { uri: { prefix: '/api' }, method: { exact: 'GET' } }
    expect(holds(both, { path: '/api', method: 'GET' })).toBe(true)
    expect(holds(both, { path: '/api', method: 'PUT' })).toBe(false)
    const list: HttpMatchRequest[] = [{ headers: { a: { exact: '1' } } }, { headers: { b: { exact: '2' } } }]
    expect(evaluateMatchList(list, request({ headers: { b: '2' } }), meshCtx)).toEqual({ matched: true, matchIndex: 1 })
    const miss = evaluateMatchList(list, request({}), meshCtx)
    expect(miss.matched).toBe(false)
    expect(!miss.matched && miss.miss).toContain('header a must be exact "1" but it is absent')
  })

  it('applies per-match gateways, resolving bare names in the VirtualService namespace', () => {
    expect(holds({ gateways: ['istio-system/public-gateway'] }, {}, gwCtx)).toBe(true)
    expect(holds({ gateways: ['public-gateway'] }, {}, gwCtx)).toBe(false)
    expect(
      holds(
        { gateways: ['public-gateway'] },
        {},
        { ...gwCtx, entry: { kind: 'gateway', namespace: 'test', name: 'public-gateway' } },
      ),
    ).toBe(true)
    expect(holds({ gateways: ['mesh'] }, {}, meshCtx)).toBe(true)
    expect(holds({ gateways: ['mesh'] }, {}, gwCtx)).toBe(false)
  })

  it('reports a non-RE2 regex as an error instead of a miss', () => {
    const verdict = evaluateMatchBlock(
      { headers: { a: { regex: '(?=x)x' } } },
      request({ headers: { a: 'x' } }),
      meshCtx,
    )
    expect(verdict.matched).toBe(false)
    expect(!verdict.matched && verdict.error).toContain('RE2 does not support')
  })
})
