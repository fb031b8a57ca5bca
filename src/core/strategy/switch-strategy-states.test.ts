import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse-document.ts'
import { rejectedCanaryReason } from '../model/admission.ts'
import { simulateAnalysis } from '../simulate/scheduler.ts'
import { hasReference, referenceExamples } from '../../test-support/shared-reference.ts'
import { detectStrategy, strategyChoices, type StrategyId } from './strategy-choices.ts'
import { switchStrategy } from './switch-strategy.ts'

const head = `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: web
spec:
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  service:
    port: 80
`
const withAnalysis = (lines: string) => `${head}  analysis:\n${lines}`

function switched(text: string, to: StrategyId) {
  const result = switchStrategy(text, to)
  if (!result.ok) throw new Error(result.message)
  expect(detectStrategy(parseDocument(result.text).canary!)).toBe(to)
  return result
}

describe('switchStrategy from every collection state', () => {
  it.each([
    ['an empty flow list', '    match: []\n'],
    ['an empty value', '    match:\n'],
  ])('writes the A/B match in block style over %s', (_name, matchLine) => {
    const source = withAnalysis(`    interval: 1m\n    threshold: 5\n    iterations: 10\n${matchLine}`)
    const result = switched(source, 'ab-testing')
    expect(result.reformatted).toBe(false)
    expect(result.text).toBe(
      withAnalysis(
        '    interval: 1m\n    threshold: 5\n    iterations: 10\n    match:\n      - headers:\n          x-canary:\n            exact: insider\n',
      ),
    )
    expect(result.changes.map((c) => c.description)).toEqual([
      `Changed analysis.match: ${matchLine.includes('[]') ? '[]' : 'null'} → [{headers: {x-canary: {exact: insider}}}]`,
    ])
  })

  it('keeps a match that already holds a condition, even `- {}`', () => {
    const source = withAnalysis('    interval: 1m\n    threshold: 5\n    stepWeight: 5\n    match:\n      - {}\n')
    const result = switched(source, 'ab-testing')
    expect(result.text).toContain('    match:\n      - {}\n')
    expect(result.changes.map((c) => c.description)).toEqual([
      'Removed analysis.stepWeight: 5',
      'Added analysis.iterations: 10',
    ])
  })

  it('builds the whole analysis when it is missing, and inside an empty `analysis: {}`', () => {
    const missing = switched(head, 'canary')
    expect(missing.text).toBe(
      withAnalysis('    interval: 1m\n    threshold: 5\n    maxWeight: 50\n    stepWeight: 10\n'),
    )
    const empty = switched(`${head}  analysis: {}\n`, 'blue-green')
    expect(parseDocument(empty.text).canary?.spec?.analysis).toEqual({ interval: '1m', threshold: 5, iterations: 10 })
  })

  it('drops an empty stepWeights beside stepWeight (the CRD counts keys) and fixes stepWeight 0', () => {
    const source = withAnalysis(
      '    interval: 1m\n    threshold: 5\n    stepWeight: 0\n    stepWeights: []\n    maxWeight: 25\n',
    )
    const result = switched(source, 'canary')
    expect(parseDocument(result.text).canary?.spec?.analysis).toEqual({
      interval: '1m',
      threshold: 5,
      stepWeight: 5,
      maxWeight: 25,
    })
    expect(simulateAnalysis(parseDocument(result.text).canary!).outcome).toBe('promoted')
  })

  it('switches a flow-style analysis, re-serialising only when it must', () => {
    const source = `${head}  analysis: {interval: 1m, threshold: 5, iterations: 10, match: [{headers: {x-canary: {exact: a}}}]}\n`
    const result = switched(source, 'canary')
    expect(parseDocument(result.text).canary?.spec?.analysis).toEqual({
      interval: '1m',
      threshold: 5,
      stepWeight: 10,
      maxWeight: 50,
    })
    expect(result.text.startsWith(head)).toBe(true)
  })

  it('adds only the cookie name to a sessionAffinity that lacks it', () => {
    const source = withAnalysis(
      '    interval: 1m\n    threshold: 5\n    stepWeight: 10\n    sessionAffinity:\n      maxAge: 600\n',
    )
    const result = switched(source, 'canary-session-affinity')
    expect(result.text).toContain('    sessionAffinity:\n      cookieName: flagger-cookie\n      maxAge: 600\n')
  })

  it('keeps CRLF line breaks and edits only the Canary of a multi-document file', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n'
    const source =
      `${service}---\n${withAnalysis('    # weights\n    stepWeight: 10\n    interval: 1m\n    threshold: 5\n')}`.replace(
        /\n/g,
        '\r\n',
      )
    const result = switched(source, 'blue-green')
    expect(result.text.startsWith(`${service}---\n`.replace(/\n/g, '\r\n'))).toBe(true)
    expect(result.text).not.toMatch(/[^\r]\n/)
    expect(result.text).not.toContain('# weights')
  })

  it('changes nothing when the Canary already runs the chosen strategy', () => {
    const source = withAnalysis('    interval: 1m\n    threshold: 5\n    iterations: 3\n')
    const result = switched(source, 'blue-green')
    expect(result.text).toBe(source)
    expect(result.changes).toEqual([])
    expect(result.from).toBe('blue-green')
  })
})

describe('switchStrategy refuses what Flagger cannot run, and bad input, with a reason', () => {
  const analysis = '    interval: 1m\n    threshold: 5\n    iterations: 10\n'
  it.each([
    ['kubernetes', 'canary', /provider kubernetes only swaps Services/],
    ['kubernetes', 'ab-testing', /provider kubernetes/],
    ['linkerd', 'ab-testing', /A\/B testing needs analysis.match, which provider linkerd ignores/],
    ['linkerd', 'blue-green-mirroring', /analysis.mirror, which provider linkerd ignores/],
    ['nginx', 'canary-session-affinity', /sessionAffinity, which provider nginx ignores/],
  ] as const)('provider %s → %s', (provider, to, message) => {
    const source = withAnalysis(analysis).replace('spec:\n', `spec:\n  provider: ${provider}\n`)
    const result = switchStrategy(source, to)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('allows what the provider runs: kubernetes blue/green, linkerd canary', () => {
    const kubernetes = withAnalysis('    interval: 1m\n    threshold: 5\n    iterations: 10\n').replace(
      'spec:\n',
      'spec:\n  provider: kubernetes\n',
    )
    expect(switchStrategy(kubernetes, 'blue-green').ok).toBe(true)
    const linkerd = kubernetes.replace('kubernetes', 'linkerd')
    expect(switched(linkerd, 'canary').changes.map((c) => c.kind)).toEqual(['removed', 'added', 'added'])
  })

  it('refuses HTTP-only strategies for a TCP service', () => {
    const tcp = withAnalysis(analysis).replace('    port: 80\n', '    port: 80\n    appProtocol: tcp\n')
    const result = switchStrategy(tcp, 'ab-testing')
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/service.appProtocol is tcp/) as unknown })
    expect(switchStrategy(tcp, 'canary').ok).toBe(true)
  })

  it.each([
    ['', /empty/],
    ['kind: Deployment\n', /no Canary document/],
    [`${head}  analysis: [\n`, /The YAML has errors \(line \d+, column \d+/],
  ])('refuses %j', (text, message) => {
    const result = switchStrategy(text, 'canary')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})

describe.skipIf(!hasReference)('switchStrategy on every reference example', () => {
  it.each(referenceExamples())('%s: reaches each strategy or says why not', (_file, text) => {
    if (parseDocument(text).status !== 'ok') return
    for (const choice of strategyChoices) {
      const result = switchStrategy(text, choice.id)
      if (!result.ok) {
        expect(result.message).toMatch(/provider|appProtocol|errors/)
        continue
      }
      const canary = parseDocument(result.text).canary!
      expect(detectStrategy(canary)).toBe(choice.id)
      const timeline = simulateAnalysis(canary)
      // A fragment the API server rejects (no targetRef or analysis) is never run: the timeline halts and says why.
      const rejection = rejectedCanaryReason(canary)
      if (rejection !== undefined) {
        expect([timeline.strategy, timeline.outcome, timeline.haltReason]).toEqual([
          choice.timeline.strategy,
          'halted',
          rejection,
        ])
        continue
      }
      expect([timeline.strategy, timeline.mirror, timeline.sessionAffinity]).toEqual(Object.values(choice.timeline))
    }
  })
})
