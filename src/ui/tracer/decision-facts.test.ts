import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../core/analyze.ts'
import { generatedVirtualService, traceRequest } from '../../core/route/trace-request.ts'
import { abTestingTemplate } from '../../core/templates/ab-testing.ts'
import { decisionFacts, formatPercent, outcomeLabel, routeFact } from './decision-facts.ts'

const canary = analyzeText(abTestingTemplate).canary!
const routing = { primaryWeight: 100, canaryWeight: 0, mirrored: false, hasPreviousAffinityCookie: false }
const vs = generatedVirtualService(canary, routing)
const trace = (headers: Record<string, string>, host = 'checkout.example.com') =>
  traceRequest({ canary, gateways: [], routing, request: { entry: 'istio-system/public-gateway', host, headers } })

describe('decision facts', () => {
  it('name the route and the match block by their VirtualService indexes', () => {
    expect(routeFact(trace({ 'x-canary': 'insider' }), vs)).toBe('http[0] match[0]: x-canary = insider')
    expect(routeFact(trace({}), vs)).toBe('http[1], no match conditions: every request that reaches it')
  })

  it('list gateway, VirtualService, route, retries and timeout of a served request', () => {
    const facts = Object.fromEntries(decisionFacts(trace({}), vs).map((f) => [f.label, f.value]))
    expect(facts.Gateway).toBe('istio-system/public-gateway (not in this file: assumed to admit it)')
    expect(facts.VirtualService).toBe('checkout')
    expect(facts.Retries).toBe('3 attempts, 5s per try, on gateway-error,connect-failure,refused-stream')
    expect(facts.Timeout).toBe('15s')
  })

  it('say how a request is turned away', () => {
    const rejected = trace({}, 'elsewhere.example.org')
    expect(outcomeLabel(rejected)).toBe('Rejected · 404')
    expect(routeFact(rejected, vs)).toBeUndefined()
  })

  it('format shares', () => {
    expect(formatPercent(90)).toBe('90 %')
    expect(formatPercent(100 / 3)).toBe('33.3 %')
  })
})
