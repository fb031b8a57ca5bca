import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'
import { podinfoCanaryYaml } from '../samples/podinfo.ts'
import { unprintableDiagnostics } from './unprintable-diagnostics.ts'

const withEscape = podinfoCanaryYaml.replace(
  '  name: podinfo\n',
  '  name: podinfo\n  annotations:\n    note: "x\u001b[201~"\n',
)

describe('unprintableDiagnostics', () => {
  it('reports nothing for ordinary text', () => {
    expect(unprintableDiagnostics(podinfoCanaryYaml)).toEqual([])
  })

  it('reports each control character as an error at its place, with a fix that deletes it', () => {
    const [d, ...rest] = unprintableDiagnostics(withEscape)
    expect(rest).toEqual([])
    const offset = withEscape.indexOf('\u001b')
    const line = withEscape.slice(0, offset).split('\n').length
    expect(withEscape.split('\n')[line - 1]).toBe('    note: "x\u001b[201~"')
    expect(d).toMatchObject({
      severity: 'error',
      rule: 'yaml-control-character',
      range: { start: { offset, line, column: 13 }, end: { offset: offset + 1 } },
      fixes: [{ kind: 'replace-text', from: offset, to: offset + 1, text: '' }],
    })
    expect(d?.message).toMatch(/U\+001B \(ESC\) is not allowed in YAML: kubectl refuses the file/)
  })

  it('reports a file full of them with a bounded number of messages', () => {
    const found = unprintableDiagnostics(`a: "${'\u0007'.repeat(10_000)}"\n`)
    expect(found).toHaveLength(20)
    expect(found.at(-1)?.message).toMatch(/More such characters follow\.$/)
  })

  it('is part of the analysis the app shows, though the yaml library parses the text without complaint', () => {
    const analysis = analyzeText(withEscape)
    expect(analysis.status).toBe('ok')
    expect(analysis.diagnostics.map((x) => x.rule)).toContain('yaml-control-character')
  })
})
