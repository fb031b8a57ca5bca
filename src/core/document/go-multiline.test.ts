import { describe, expect, it } from 'vitest'
import type { Diagnostic, QuickFix } from '../diagnostic.ts'
import { hasReference, readReference, readReferenceJson } from '../../test-support/shared-reference.ts'
import { applyEdit } from './apply-edit.ts'
import { parseDocument } from './parse-document.ts'
import { rangeOf } from './ranges.ts'

function applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
  const fixes = diagnostics
    .flatMap((d) => d.fixes ?? [])
    .filter((f): f is Extract<QuickFix, { kind: 'replace-text' }> => f.kind === 'replace-text')
    .sort((a, b) => b.from - a.from)
  return fixes.reduce((out, f) => out.slice(0, f.from) + f.text + out.slice(f.to), text)
}

const goStyle = `kind: Canary
metadata:
  annotations:
    note: 'first line
    continued at the key''s column
  and left of it'
    other: "a \\"quoted\\"
    word"
spec:
  analysis:
    webhooks:
    - name: "hook
      two"
      url: http://x
`

describe('Go-style multi-line quoted scalars', () => {
  it('reads them as kubectl does, with an info diagnostic and a re-indent fix, text untouched', () => {
    const parsed = parseDocument(goStyle)
    expect(parsed.status).toBe('ok')
    expect(parsed.text).toBe(goStyle)
    expect(parsed.canary?.metadata?.annotations).toEqual({
      note: "first line continued at the key's column and left of it",
      other: 'a "quoted" word',
    })
    expect(parsed.canary?.spec?.analysis?.webhooks?.[0]).toEqual({ name: 'hook two', url: 'http://x' })
    const infos = parsed.diagnostics.filter((d) => d.rule === 'yaml-go-multiline')
    expect(infos.map((d) => [d.severity, d.range?.start.line])).toEqual([
      ['info', 5],
      ['info', 8],
      ['info', 13],
    ])
    expect(parsed.diagnostics.every((d) => d.rule === 'yaml-go-multiline')).toBe(true)
  })

  it('has fixes that make the text standard YAML with the same meaning', () => {
    const parsed = parseDocument(goStyle)
    const fixed = applyFixes(goStyle, parsed.diagnostics)
    const again = parseDocument(fixed)
    expect(again.diagnostics).toEqual([])
    expect(again.documents[0]?.data).toEqual(parsed.documents[0]?.data)
    expect(fixed).toContain("    note: 'first line\n     continued at the key''s column\n     and left of it'\n")
  })

  it('maps ranges and edits back to the user’s text', () => {
    const parsed = parseDocument(goStyle)
    const r = rangeOf(parsed, ['spec', 'analysis', 'webhooks', 0, 'url'])
    expect(r && goStyle.slice(r.start.offset, r.end.offset)).toBe('url: http://x')
    const result = applyEdit(goStyle, {
      kind: 'set',
      path: ['spec', 'analysis', 'webhooks', 0, 'url'],
      value: 'http://y',
    })
    expect(result).toEqual({ ok: true, text: goStyle.replace('http://x', 'http://y'), reformatted: false })
  })

  it('leaves a truly unclosed quote as a syntax error', () => {
    const parsed = parseDocument("kind: Canary\nmetadata:\n  name: 'never closed\n")
    expect(parsed.status).toBe('invalid')
    expect(parsed.diagnostics.some((d) => d.rule === 'yaml-syntax')).toBe(true)
  })
})

describe.skipIf(!hasReference)('the upstream Canary CRD', () => {
  it('loads without errors and reads exactly as the JSON copy', () => {
    const text = readReference('flagger-canary-crd.yaml')
    const parsed = parseDocument(text)
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(parsed.documents[0]?.data).toEqual(readReferenceJson('flagger-canary-crd.json'))
    expect(parsed.diagnostics.filter((d) => d.rule === 'yaml-go-multiline').length).toBeGreaterThan(0)
  })

  it('becomes standard YAML with the same data once every fix is applied', () => {
    const text = readReference('flagger-canary-crd.yaml')
    const parsed = parseDocument(text)
    const fixed = applyFixes(text, parsed.diagnostics)
    const again = parseDocument(fixed)
    expect(again.diagnostics.filter((d) => d.rule.startsWith('yaml'))).toEqual([])
    expect(again.documents[0]?.data).toEqual(parsed.documents[0]?.data)
  })
})
