import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'
import { podinfoCanaryYaml } from './samples/podinfo.ts'
import { forgetRecentParses } from './document/parse-document.ts'
import { largeCanary } from '../test-support/large-canary.ts'

describe('analyzeText', () => {
  it('reads the sample Canary', () => {
    const a = analyzeText(podinfoCanaryYaml)
    expect(a.status).toBe('ok')
    expect(a.canary?.metadata?.name).toBe('podinfo')
    expect(a.canary?.spec?.analysis?.maxWeight).toBe(50)
    expect(a.lastGoodCanary).toBe(a.canary)
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('returns the previous analysis when the text is the same', () => {
    const a = analyzeText(podinfoCanaryYaml)
    expect(analyzeText(podinfoCanaryYaml, a)).toBe(a)
  })

  it('keeps the same Canary object when only a comment changed', () => {
    const a = analyzeText(podinfoCanaryYaml)
    const b = analyzeText(`# a new comment\n${podinfoCanaryYaml}`, a)
    expect(b).not.toBe(a)
    expect(b.canary).toBe(a.canary)
  })

  it('shares unchanged parts of the Canary and its document data with the previous analysis', () => {
    const a = analyzeText(podinfoCanaryYaml)
    const b = analyzeText(podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 40'), a)
    expect(b.canary).not.toBe(a.canary)
    expect(b.canary?.spec?.analysis?.maxWeight).toBe(40)
    expect(b.canary?.spec?.service).toBe(a.canary?.spec?.service)
    expect(b.canary?.spec?.analysis?.metrics).toBe(a.canary?.spec?.analysis?.metrics)
    const data = (x: typeof a) => x.parsed.documents[x.parsed.canaryIndex]?.data as { metadata: unknown }
    expect(data(b).metadata).toBe(data(a).metadata)
  })

  it('keeps the same diagnostics list while the findings and their ranges are unchanged', () => {
    const text = podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 60')
    const a = analyzeText(text)
    expect(a.diagnostics.length).toBeGreaterThan(0)
    // A comment below every finding moves no range.
    const sameRanges = analyzeText(`${text}# the end\n`, a)
    expect(sameRanges.diagnostics).toBe(a.diagnostics)
    // A comment line above them moves every range (validation itself is reused: the Canary did not change).
    const shifted = analyzeText(`# a new first line\n${text}`, a)
    expect(shifted.findings).toBe(a.findings)
    expect(shifted.diagnostics).not.toBe(a.diagnostics)
    expect(shifted.diagnostics.map((d) => d.range?.start.line)).toEqual(a.diagnostics.map((d) => (d.range?.start.line ?? 0) + 1))
  })

  it('keeps the last good Canary while the text does not parse, and recovers', () => {
    const good = analyzeText(podinfoCanaryYaml)
    const broken = analyzeText(podinfoCanaryYaml.replace('threshold: 3', 'threshold: [3'), good)
    expect(broken.status).toBe('invalid')
    expect(broken.canary).toBeUndefined()
    expect(broken.lastGoodCanary).toBe(good.canary)
    const error = broken.diagnostics.find((d) => d.severity === 'error')
    expect(error?.range?.start.line).toBeGreaterThan(1)
    const fixed = analyzeText(podinfoCanaryYaml.replace('threshold: 3', 'threshold: 4'), broken)
    expect(fixed.status).toBe('ok')
    expect(fixed.lastGoodCanary?.spec?.analysis?.threshold).toBe(4)
  })

  it('reports an empty text as empty, without a Canary', () => {
    const a = analyzeText('')
    expect(a.status).toBe('empty')
    expect(a.lastGoodCanary).toBeUndefined()
  })
})

describe('analyzeText validation stage', () => {
  it('reports lint findings and reuses them when only a comment changed', () => {
    const text = podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 60')
    const a = analyzeText(text)
    expect(a.validation.some((d) => d.rule === 'step-weight-exceeds-max-weight')).toBe(true)
    expect(a.diagnostics).toEqual(expect.arrayContaining([...a.validation]))
    const b = analyzeText(`${text}# trailing comment\n`, a)
    expect(b.validation).toBe(a.validation)
  })

  it('validates nothing while the text does not parse', () => {
    const a = analyzeText('kind: Canary\nspec: [\n')
    expect(a.validation).toEqual([])
  })
})

describe('analyzeText gateways and metric templates', () => {
  const gateway = (name: string, host: string) => `---
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: ${name}
  namespace: istio-system
spec:
  selector: {istio: ingressgateway}
  servers:
    - port: {number: 80, name: http, protocol: HTTP}
      hosts: ["${host}"]
`

  it('reads Gateway documents next to the Canary and lints the Canary against them, with ranges', () => {
    const a = analyzeText(`${podinfoCanaryYaml}${gateway('public-gateway', 'other.example.org')}`)
    expect(a.gateways.map((g) => g.name)).toEqual(['public-gateway'])
    const finding = a.diagnostics.find((d) => d.rule === 'gateway-admits-no-canary-host')
    expect(finding?.range?.start.line).toBe(podinfoCanaryYaml.split('\n').findIndex((l) => l.includes('- istio-system/public-gateway')) + 1)
  })

  it('says a referenced Gateway outside the file is defined elsewhere', () => {
    const a = analyzeText(podinfoCanaryYaml)
    expect(a.gateways).toEqual([])
    expect(a.diagnostics.find((d) => d.rule === 'gateway-defined-elsewhere')?.severity).toBe('info')
  })

  it('warns about a Gateway in the file the Canary does not reference, and re-lints when only the Gateway changes', () => {
    const withWildcard = analyzeText(`${podinfoCanaryYaml}${gateway('public-gateway', '*')}${gateway('unused', '*')}`)
    expect(withWildcard.diagnostics.filter((d) => d.rule.startsWith('gateway-')).map((d) => d.rule)).toEqual(['gateway-not-referenced'])
    const narrowed = analyzeText(`${podinfoCanaryYaml}${gateway('public-gateway', 'nope.example.org')}${gateway('unused', '*')}`, withWildcard)
    expect(narrowed.canary).toBe(withWildcard.canary)
    expect(narrowed.diagnostics.some((d) => d.rule === 'gateway-admits-no-canary-host')).toBe(true)
  })

  it('keeps the same gateways array when only the Canary changed', () => {
    const a = analyzeText(`${podinfoCanaryYaml}${gateway('public-gateway', '*')}`)
    const b = analyzeText(`${podinfoCanaryYaml.replace('threshold: 3', 'threshold: 4')}${gateway('public-gateway', '*')}`, a)
    expect(b.gateways).toBe(a.gateways)
  })

  it('reads MetricTemplate documents', () => {
    const template = `---
apiVersion: flagger.app/v1beta1
kind: MetricTemplate
metadata: {name: error-rate, namespace: test}
spec:
  provider: {type: prometheus, address: http://prometheus:9090}
  query: sum(rate(x[{{ interval }}]))
`
    expect(analyzeText(`${podinfoCanaryYaml}${template}`).metricTemplates.map((t) => t.name)).toEqual(['error-rate'])
  })

  it('analyses values typed one keystroke at a time (the incremental parse) as a fresh analysis of the text does', () => {
    const keystrokes = ['maxWeight: 5', 'maxWeight: 50', 'maxWeight: 500', 'maxWeight: 5000', 'maxWeight: 60']
    let previous = analyzeText(largeCanary(200, 200))
    for (const value of keystrokes) {
      const text = previous.text.replace(/maxWeight: \d*/, value)
      const typed = analyzeText(text, previous)
      forgetRecentParses()
      const fresh = analyzeText(text)
      expect(typed.parsed.documents).toStrictEqual(fresh.parsed.documents)
      expect(typed.canary).toStrictEqual(fresh.canary)
      expect(typed.diagnostics).toStrictEqual(fresh.diagnostics)
      expect(typed.timeline).toStrictEqual(fresh.timeline)
      previous = typed
    }
    expect(previous.canary?.spec?.analysis?.maxWeight).toBe(60)
  })
})

describe('analyzeText timeline', () => {
  it('keeps the previous timeline objects when an edit leaves the simulated run unchanged', () => {
    const first = analyzeText(podinfoCanaryYaml)
    const otherUrl = analyzeText(podinfoCanaryYaml.replace('http://flagger-loadtester.test/', 'http://loadtester.test/'), first)
    expect(otherUrl.canary).not.toBe(first.canary)
    expect(otherUrl.timeline).toBe(first.timeline)
    const otherStep = analyzeText(podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 25'), otherUrl)
    expect(otherStep.timeline).not.toBe(first.timeline)
    expect(otherStep.timeline?.ticks.map((t) => t.canaryWeight)).toContain(25)
    // The start of the run did not change: its ticks are the same objects.
    expect(otherStep.timeline?.ticks[0]).toBe(first.timeline?.ticks[0])
  })
})
