import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { utf8Length } from './utf8-length.ts'

const encodedLength = (text: string) => new TextEncoder().encode(text).length

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\uD83D', 3],
    ['\uDE00x', 4],
    ['\uD83D\uD83D\uDE00', 7],
  ])('%j is %d bytes', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes)
  })

  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === encodedLength(text)),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffff })).map((units) => String.fromCharCode(...units)),
        (text) => utf8Length(text) === encodedLength(text),
      ),
      { numRuns: 2000 },
    )
  })
})
