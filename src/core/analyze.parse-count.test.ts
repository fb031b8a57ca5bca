import { describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from './samples/podinfo.ts'

// Counts calls into the YAML parser: a keystroke must parse the text at most once, even when findings need
// ranges, and not at all when it only changed one plain value or one comment (the incremental re-parses).
const calls = vi.hoisted(() => ({ parseAllDocuments: 0 }))
vi.mock('yaml', async (importOriginal) =>
  (await import('../test-support/count-yaml-parses.ts')).withParseCounter(await importOriginal(), calls),
)

const { analyzeText } = await import('./analyze.ts')

describe('analyzeText parse count', () => {
  it('parses the text once per change, including the ranges of lint findings', () => {
    const first = analyzeText(podinfoCanaryYaml)
    // stepWeight above maxWeight: a lint finding with a path, whose range comes from the same parse. The key
    // added with it makes this more than a one-value or one-comment change, so the text is parsed in full.
    const text = podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 60\n    iterations: 0')
    calls.parseAllDocuments = 0
    const next = analyzeText(text, first)
    expect(next.diagnostics.some((d) => d.path && d.range)).toBe(true)
    expect(calls.parseAllDocuments).toBe(1)
  })

  it('does not parse the text again when one plain value changed, and still gives findings their ranges', () => {
    const first = analyzeText(podinfoCanaryYaml)
    const text = podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 60')
    calls.parseAllDocuments = 0
    const next = analyzeText(text, first)
    expect(next.canary?.spec?.analysis?.stepWeight).toBe(60)
    expect(next.diagnostics.some((d) => d.path && d.range)).toBe(true)
    expect(calls.parseAllDocuments).toBe(0)
  })

  it('does not parse the text again when a comment changed', () => {
    const first = analyzeText(podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 60 # more'))
    const text = first.text.replace('# more', '# mor')
    calls.parseAllDocuments = 0
    const next = analyzeText(text, first)
    expect(next.text).toBe(text)
    expect(next.canary).toStrictEqual(first.canary)
    expect(next.diagnostics.some((d) => d.path && d.range)).toBe(true)
    expect(calls.parseAllDocuments).toBe(0)
  })

  it('parses once when the chosen document stops being a Canary and the first Canary is shown instead', () => {
    const twoCanaries = `${podinfoCanaryYaml}---\n${podinfoCanaryYaml}`
    const first = analyzeText(twoCanaries, undefined, 1)
    expect(first.parsed.canaryIndex).toBe(1)
    // The second document's kind changes and a key is added: a full parse, after which document 2 is no Canary.
    const at = twoCanaries.lastIndexOf('kind: Canary')
    const text = `${twoCanaries.slice(0, at)}kind: Service\nextra: 1${twoCanaries.slice(at + 'kind: Canary'.length)}`
    calls.parseAllDocuments = 0
    const next = analyzeText(text, first)
    expect(next.parsed.canaryIndex).toBe(0)
    expect(next.canary?.metadata?.name).toBe('podinfo')
    expect(calls.parseAllDocuments).toBe(1)
  })
})
