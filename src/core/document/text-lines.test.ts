import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { modelTextOf } from '../text/model-text.ts'
import { indexLines, positionAt } from './text-lines.ts'

/** Line and column of `modelOffset` counted in the editor's text (no BOM, LF line breaks). */
function editorPosition(modelText: string, modelOffset: number): { line: number; column: number } {
  const before = modelText.slice(0, modelOffset)
  return { line: before.split('\n').length, column: modelOffset - (before.lastIndexOf('\n') + 1) + 1 }
}

describe('positionAt', () => {
  it('counts lines and UTF-16 columns from 1', () => {
    const index = indexLines('a: 1\nbb: 2\n')
    expect(positionAt(index, 0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(positionAt(index, 7)).toEqual({ line: 2, column: 3, offset: 7 })
    expect(positionAt(index, 99)).toEqual({ line: 3, column: 1, offset: 11 })
  })

  it('does not count a byte-order mark as a column: editors hide it, and markers on line 1 would sit one off', () => {
    const index = indexLines('\uFEFFkind: Canary\nspec: {}\n')
    expect(positionAt(index, 0)).toMatchObject({ line: 1, column: 1 })
    expect(positionAt(index, 1)).toMatchObject({ line: 1, column: 1, offset: 1 })
    expect(positionAt(index, 7)).toMatchObject({ line: 1, column: 7 })
    expect(positionAt(index, 14)).toMatchObject({ line: 2, column: 1 })
  })

  it('agrees with the editor (which shows the text without BOM and CRs) at every offset but a CRLF’s LF', () => {
    const line = fc.stringMatching(/^[a-z: #é😀]{0,8}$/u)
    const file = fc.record({
      hasBom: fc.boolean(),
      lines: fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 6 }),
      last: line,
    })
    fc.assert(
      fc.property(file, ({ hasBom, lines, last }) => {
        const text = (hasBom ? '\uFEFF' : '') + lines.map(([l, eol]) => l + eol).join('') + last
        const index = indexLines(text)
        const modelText = modelTextOf(text)
        let modelOffset = 0
        for (let offset = hasBom ? 1 : 0; offset <= text.length; offset++) {
          if (text[offset - 1] === '\r' && text[offset] === '\n') continue
          const { line: l, column } = positionAt(index, offset)
          expect({ line: l, column }).toEqual(editorPosition(modelText, modelOffset))
          modelOffset++
        }
      }),
    )
  })
})
