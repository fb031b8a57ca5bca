import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { documentTextAfterEdit, modelTextOf } from './model-text.ts'

describe('modelTextOf', () => {
  it('is the document itself when it has LF lines and no byte-order mark', () => {
    const text = 'kind: Canary\nmetadata:\n  name: a\n'
    expect(modelTextOf(text)).toBe(text)
  })

  it('drops the BOM and writes every line break as LF', () => {
    expect(modelTextOf('\uFEFFa: 1\r\nb: 2\rc: 3\n')).toBe('a: 1\nb: 2\nc: 3\n')
  })
})

describe('documentTextAfterEdit', () => {
  it('keeps CRLF line ends and the BOM when a value is typed', () => {
    const doc = '\uFEFFkind: Canary\r\nspec:\r\n  analysis:\r\n    maxWeight: 50\r\n'
    const edited = modelTextOf(doc).replace('50', '40')
    expect(documentTextAfterEdit(doc, edited)).toBe(doc.replace('50', '40'))
  })

  it('writes a new line break as the document does', () => {
    const doc = 'a: 1\r\nb: 2\r\n'
    expect(documentTextAfterEdit(doc, 'a: 1\nx: 9\nb: 2\n')).toBe('a: 1\r\nx: 9\r\nb: 2\r\n')
  })

  it('deletes across line breaks at the right document offsets', () => {
    const doc = '\uFEFFa: 1\r\nb: 2\r\nc: 3\r\n'
    expect(documentTextAfterEdit(doc, 'a: 1\nc: 3\n')).toBe('\uFEFFa: 1\r\nc: 3\r\n')
  })

  it('is the model text itself for a plain LF document', () => {
    expect(documentTextAfterEdit('a: 1\n', 'a: 2\n')).toBe('a: 2\n')
  })

  it('round-trips: the edited document shows as the edited model text, and lines the edit did not touch keep their bytes', () => {
    const line = fc.stringMatching(/^[a-z: #]{0,8}$/)
    const eol = fc.constantFrom('\n', '\r\n')
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        fc.stringMatching(/^[a-z\n]{0,6}$/),
        (hasBom, lines, a, b, insert) => {
          const doc = (hasBom ? '\uFEFF' : '') + lines.map(([l, e]) => l + e).join('')
          const model = modelTextOf(doc)
          const from = Math.min(a, b) % (model.length + 1)
          const to = Math.min(model.length, from + (Math.max(a, b) % 5))
          const editedModel = model.slice(0, from) + insert + model.slice(to)
          const result = documentTextAfterEdit(doc, editedModel, { from, to })
          expect(modelTextOf(result)).toBe(editedModel)
          expect(result.startsWith('\uFEFF')).toBe(hasBom)
          // Whole lines before the edit and after it keep their bytes, line ends included.
          const linesBefore = model.slice(0, from).split('\n').length - 1
          const linesAfter = lines.length - (model.slice(0, to).split('\n').length - 1) - 1
          const bytes = (part: typeof lines) => part.map(([l, e]) => l + e).join('')
          expect(result.startsWith((hasBom ? '\uFEFF' : '') + bytes(lines.slice(0, linesBefore)))).toBe(true)
          expect(result.endsWith(bytes(lines.slice(lines.length - linesAfter)))).toBe(true)
        },
      ),
    )
  })
})
