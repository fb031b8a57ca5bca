import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minimalReplacement } from './text-diff.ts'

const apply = (text: string, r: ReturnType<typeof minimalReplacement>) =>
  r ? text.slice(0, r.from) + r.text + text.slice(r.to) : text

describe('minimalReplacement', () => {
  it('replaces only the changed value', () => {
    expect(minimalReplacement('maxWeight: 50\nstep: 1', 'maxWeight: 60\nstep: 1')).toEqual({
      from: 11,
      to: 12,
      text: '6',
    })
  })

  it('is undefined for equal texts', () => {
    expect(minimalReplacement('a', 'a')).toBeUndefined()
  })

  it('handles insertions and deletions at either end', () => {
    expect(minimalReplacement('abc', 'xabc')).toEqual({ from: 0, to: 0, text: 'x' })
    expect(minimalReplacement('abc', 'ab')).toEqual({ from: 2, to: 3, text: '' })
    expect(minimalReplacement('aaa', 'aa')).toEqual({ from: 2, to: 3, text: '' })
  })

  it('does not split a surrogate pair', () => {
    const r = minimalReplacement('a😀', 'a😁')
    expect(r).toEqual({ from: 1, to: 3, text: '😁' })
  })

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(apply(a, minimalReplacement(a, b))).toBe(b)
      }),
    )
  })
})
