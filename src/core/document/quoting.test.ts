import fc from 'fast-check'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import {
  blockLiteral,
  canBlockLiteral,
  isPlainSafe,
  renderInlineScalar,
  renderInlineString,
  renderKey,
} from './quoting.ts'

/** What `k: <rendered>` reads as in YAML 1.1 (kubectl) and 1.2. */
function readBoth(rendered: string): unknown[] {
  return (['1.1', '1.2'] as const).map((version) => {
    const doc = parseDocument(`k: ${rendered}\n`, { version })
    expect(doc.errors).toEqual([])
    return (doc.toJS() as { k: unknown }).k
  })
}

describe('quoting', () => {
  it('leaves plain only what reads back as the same string everywhere', () => {
    for (const s of ['podinfo', 'app.example.com', 'istio-system/public-gateway', 'http://x:9090/a', '-x', 'a#b'])
      expect(isPlainSafe(s)).toBe(true)
    for (const s of [
      '10',
      '1e3',
      '0777',
      '0x1f',
      'yes',
      'On',
      'y',
      'null',
      '~',
      'true',
      '2024-01-01',
      'a: b',
      'x #y',
      '#x',
      '- a',
      '*a',
      '&a',
      '!t',
      '',
      ' a',
      'a ',
      "'q'",
      '---',
      '[a]',
      '{a}',
      '@x',
      '%x',
      '`x',
      '|',
      '>',
    ]) {
      expect(isPlainSafe(s), s).toBe(false)
    }
  })

  it('keeps the old quote style when it can hold the value', () => {
    expect(renderInlineString("it's", 'QUOTE_SINGLE')).toBe("'it''s'")
    expect(renderInlineString('plain', 'QUOTE_DOUBLE')).toBe('"plain"')
    expect(renderInlineString('plain', 'QUOTE_SINGLE')).toBe("'plain'")
    expect(renderInlineString('two\nlines', 'QUOTE_SINGLE')).toBe('"two\\nlines"')
    expect(renderInlineString('10', 'PLAIN')).toBe('"10"')
    expect(renderInlineString('say "hi"')).toBe('say "hi"')
    expect(renderInlineString('"hi" there')).toBe('\'"hi" there\'')
    expect(renderInlineScalar(10, 'QUOTE_DOUBLE')).toBe('10')
    expect(renderInlineScalar(null)).toBe('null')
    expect(renderKey('flagger.app/config')).toBe('flagger.app/config')
    expect(renderKey('on')).toBe('"on"')
  })

  it('renders any string so that it reads back unchanged, in every style', () => {
    const style = fc.constantFrom(undefined, 'PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL') as fc.Arbitrary<
      'PLAIN' | undefined
    >
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme-ascii' }),
          fc.constantFrom('yes', '10', 'a: b', ' x', '\u0085', '\u2028', 'é'),
        ),
        style,
        (s, preferred) => {
          expect(readBoth(renderInlineString(s, preferred))).toEqual([s, s])
        },
      ),
      { numRuns: 400 },
    )
  })

  it('writes block literals that read back unchanged', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom('', ' indented', 'x: y', '# not a comment', "'q'"),
          fc.string({ unit: 'grapheme-ascii' }),
        ),
        { minLength: 2, maxLength: 5 },
      )
      .map((lines) => lines.join('\n'))
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 8 }), (s, indent) => {
        fc.pre(canBlockLiteral(s))
        const literal = blockLiteral(s, indent + 2, '\n', 2)
        fc.pre(literal !== undefined)
        const doc = parseDocument(`root:\n  k: ${literal}\n  after: 1\n`)
        expect(doc.errors).toEqual([])
        expect(doc.toJS()).toEqual({ root: { k: s, after: 1 } })
      }),
      { numRuns: 300 },
    )
  })
})
