import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileRe2 } from '../re2.ts'

// The automaton against a reference: JavaScript's RegExp, anchored for a whole-value match, on generated patterns
// written in the syntax both engines read alike (ASCII letters, no \v, \s over an alphabet without \v), and on
// strings of at most 8 characters: short enough that backtracking stays cheap.

const atom = fc.constantFrom(
  'a',
  'b',
  'A',
  '.',
  '[ab]',
  '[^a]',
  '[a-b]',
  '[^\\n]',
  '\\w',
  '\\W',
  '\\s',
  '\\d',
  '\\.',
  '\\n',
  '\\x61',
)
const assertion = fc.constantFrom('^', '$', '\\b', '\\B')
const quantifier = fc.constantFrom('*', '+', '?', '{0,2}', '{1}', '{2}', '{1,}', '*?', '+?', '??', '{0,1}?')

const { pattern } = fc.letrec<{ pattern: string; term: string; piece: string }>((tie) => ({
  pattern: fc.array(tie('term'), { minLength: 1, maxLength: 3 }).map((terms) => terms.join('|')),
  term: fc.array(tie('piece'), { minLength: 0, maxLength: 3 }).map((pieces) => pieces.join('')),
  piece: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    assertion,
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    fc
      .tuple(fc.constantFrom('(?:', '('), tie('pattern'), fc.option(quantifier))
      .map(([open, body, q]) => `${open}${body})${q ?? ''}`),
  ),
}))

const flags = fc.subarray(['i', 'm', 's'])
const subject = fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', '.', '\n', ' ', '_', '1'), maxLength: 8 })

describe('RE2 matcher against JavaScript RegExp (small, safe inputs)', () => {
  it('agrees on whole-value matches', () => {
    fc.assert(
      fc.property(pattern, flags, fc.array(subject, { minLength: 1, maxLength: 6 }), (body, chosen, values) => {
        const re2 = chosen.length > 0 ? `(?${chosen.join('')})${body}` : body
        const compiled = compileRe2(re2)
        if (!compiled.ok) throw new Error(compiled.error)
        // Anchored at the ends of the text whatever the flags (under m, ^ and $ would also match at line breaks).
        const reference = new RegExp(`(?<![\\s\\S])(?:${body})(?![\\s\\S])`, chosen.join(''))
        for (const value of values)
          expect(compiled.regex.test(value), `${re2} on ${JSON.stringify(value)}`).toBe(reference.test(value))
      }),
      { numRuns: 600 },
    )
  })
})
