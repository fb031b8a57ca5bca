import { describe, expect, it } from 'vitest'
import { hasReference, referenceExamples } from '../../test-support/shared-reference.ts'
import { applyEdit } from './apply-edit.ts'
import { parseDocument } from './parse-document.ts'

describe.skipIf(!hasReference)('upstream example Canaries', () => {
  const examples = referenceExamples()

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(50)
  })

  it.each(examples)('%s parses without throwing; valid YAML gives a typed view', (name, text) => {
    const parsed = parseDocument(text)
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error' && d.rule.startsWith('yaml'))
    if (name.endsWith('-fragment.yaml')) {
      // A Helm template: `{{ … }}` is not YAML, and it must say so rather than throw.
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.every((d) => d.range !== undefined)).toBe(true)
      return
    }
    expect(errors).toEqual([])
    if (parsed.canaryIndex >= 0) {
      expect(parsed.status).toBe('ok')
      expect(parsed.canary?.kind).toBe('Canary')
    }
  })

  it.each(examples.filter(([name]) => !name.endsWith('-fragment.yaml')))(
    '%s keeps every other line when one value is set',
    (_name, text) => {
      const parsed = parseDocument(text)
      if (parsed.status !== 'ok') return
      const result = applyEdit(text, { kind: 'set', path: ['spec', 'analysis', 'threshold'], value: 7 })
      expect(result).toMatchObject({ ok: true, reformatted: false })
      if (!result.ok) return
      expect(parseDocument(result.text).canary?.spec?.analysis?.threshold).toBe(7)
      const before = text.split('\n')
      const after = result.text.split('\n')
      const changed = after.filter((line) => !before.includes(line))
      expect(changed.length).toBeLessThanOrEqual(2)
      expect(before.filter((line) => !after.includes(line)).length).toBeLessThanOrEqual(1)
    },
  )
})
