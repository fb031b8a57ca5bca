import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeCharacter, findUnprintable, hasUnprintable } from './unprintable.ts'

// go-yaml's reader (readerc.go, yaml_parser_update_buffer) accepts #x9 | #xA | #xD | [#x20-#x7E] | #x85 |
// [#xA0-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; everything else is "control characters are not allowed".
function isPrintableForGoYaml(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0x7e) ||
    code === 0x85 ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

describe('unprintable characters (what kubectl refuses)', () => {
  it('flags exactly the characters go-yaml refuses, for every BMP code point', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      expect(hasUnprintable(`a${char}b`), describeCharacter(char)).toBe(!isPrintableForGoYaml(code))
    }
  })

  it('accepts astral characters and flags lone surrogates', () => {
    expect(hasUnprintable('emoji: 🐤\n')).toBe(false)
    expect(hasUnprintable('half: \uD83D\n')).toBe(true)
    expect(findUnprintable('x\uDC24')).toEqual([{ offset: 1, char: '\uDC24' }])
  })

  it('finds them in order with offsets, up to the limit', () => {
    const text = 'a: x\u001b[201~\nb: |\n  \u0003\n  \u007f\n'
    expect(findUnprintable(text)).toEqual([
      { offset: 4, char: '\u001b' },
      { offset: 18, char: '\u0003' },
      { offset: 22, char: '\u007f' },
    ])
    expect(findUnprintable(text, 1)).toHaveLength(1)
  })

  it('names them', () => {
    expect(describeCharacter('\u001b')).toBe('U+001B (ESC)')
    expect(describeCharacter('\u0003')).toBe('U+0003 (ETX)')
    expect(describeCharacter('\u007f')).toBe('U+007F (DEL)')
    expect(describeCharacter('\u009b')).toBe('U+009B (C1 control)')
    expect(describeCharacter('\uFFFE')).toBe('U+FFFE (non-character)')
  })

  it('gives the same answer on repeated calls (the global pattern keeps no state between them)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(hasUnprintable(text)).toBe(hasUnprintable(text))
        expect(findUnprintable(text).length > 0).toBe(hasUnprintable(text))
      }),
    )
  })
})
