import { describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../samples/podinfo.ts'
import { forgetRecentParses, parseDocument } from './parse-document.ts'
import { stateOf } from './parse-state.ts'
import { reparseScalarEdit } from './reparse-scalar-edit.ts'
import { changedRegion } from '../text/changed-region.ts'
import type { ParsedFile } from './types.ts'
import { expectDeclinedBy, expectFastBy, fullParse, parsedLikeFull } from './reparse.test-support.ts'

/** The incremental parse of `after` from the full parse of `before` (undefined when it declines). */
function fastParse(before: string, after: string): ParsedFile | undefined {
  const previous = fullParse(before)
  forgetRecentParses()
  if (reparseScalarEdit(previous, after) === undefined) return undefined
  return parseDocument(after, {}, previous)
}

const expectDeclined = (before: string, after: string): void => expectDeclinedBy(reparseScalarEdit, before, after)

const canary = podinfoCanaryYaml

describe('changedRegion', () => {
  it('finds the one region that differs, prefix first', () => {
    expect(changedRegion('a: 50\n', 'a: 55\n')).toEqual({ from: 4, oldTo: 5, newTo: 5 })
    expect(changedRegion('a: 5\n', 'a: 55\n')).toEqual({ from: 4, oldTo: 4, newTo: 5 })
    expect(changedRegion('a: 55\n', 'a: 5\n')).toEqual({ from: 4, oldTo: 5, newTo: 4 })
    expect(changedRegion('same', 'same')).toEqual({ from: 4, oldTo: 4, newTo: 4 })
  })
})

describe('reparseScalarEdit', () => {
  it('applies a digit typed into a value, as a full parse would read it', () => {
    const after = canary.replace('maxWeight: 50', 'maxWeight: 55')
    const fast = fastParse(canary, after)
    expect(fast?.canary?.spec?.analysis?.maxWeight).toBe(55)
    expect(fast?.documents).toStrictEqual(fullParse(after).documents)
    expect(fast?.diagnostics).toStrictEqual(fullParse(after).diagnostics)
  })

  it('reads values by YAML 1.1 rules, like the full parse (`yes` is true, `0777` is octal)', () => {
    const before = 'a: ye\nb: 077\nc: 1.50\nd: 0x1\n'
    for (const after of ['a: yes\nb: 077\nc: 1.50\nd: 0x1\n', 'a: ye\nb: 0777\nc: 1.50\nd: 0x1\n']) {
      const fast = fastParse(before, after)
      expect(fast).toBeDefined()
      expect(fast?.documents).toStrictEqual(fullParse(after).documents)
    }
    expect(fastParse(before, 'a: yes\nb: 077\nc: 1.50\nd: 0x1\n')?.documents[0]?.data).toMatchObject({ a: true })
    expect(fastParse(before, 'a: ye\nb: 0777\nc: 1.50\nd: 0x1\n')?.documents[0]?.data).toMatchObject({ b: 511 })
    // The number's format (trailing zeros, hex) is the new source's, as the full parse keeps it for re-serialising.
    for (const after of ['a: ye\nb: 077\nc: 1.500\nd: 0x1\n', 'a: ye\nb: 077\nc: 1.50\nd: 0x1F\n']) {
      const fast = fastParse(before, after)
      expect(fast).toBeDefined()
      expect(fast && stateOf(fast).docs[0]?.contents).toStrictEqual(stateOf(fullParse(after)).docs[0]?.contents)
    }
  })

  it('shifts the documents after the edit', () => {
    const before = `${canary}---\nkind: ConfigMap\nmetadata:\n  name: c1\n`
    const after = before.replace('maxWeight: 50', 'maxWeight: 5000')
    const fast = fastParse(before, after)
    expect(fast?.documents).toStrictEqual(fullParse(after).documents)
    expect(fast?.documents[1]?.from).toBe((fullParse(before).documents[1]?.from ?? 0) + 2)
  })

  it('keeps a document end marker `...` in the copied documents, as toString writes it', () => {
    const before = 'a: 1\n...\n---\nb: 2\n...\n'
    const after = 'a: 3\n...\n---\nb: 2\n...\n'
    const fast = fastParse(before, after)
    expect(fast && stateOf(fast).docs.map(String)).toStrictEqual(stateOf(fullParse(after)).docs.map(String))
  })

  it('declines an edit of a key', () => {
    expectDeclined(canary, canary.replace('maxWeight: 50', 'maxWeigh: 50'))
  })

  it('declines an edit inside a quoted scalar', () => {
    expectDeclined('a: "podinfo"\n', 'a: "podinfo2"\n')
    expectDeclined("a: 'podinfo'\n", "a: 'podinf'\n")
  })

  it('declines a document with an anchor or an alias, and a tagged value', () => {
    expectDeclined('a: &x foo\nb: *x\nc: bar\n', 'a: &x foo\nb: *x\nc: baz\n')
    expectDeclined('a: &x foo\nc: bar\n', 'a: &x foo\nc: baz\n')
    expectDeclined('a: !!str 123\n', 'a: !!str 1234\n')
  })

  it('declines a line break, a blank or an indicator typed into a value, and a value deleted to nothing', () => {
    expectDeclined('a: foo\nb: 1\n', 'a: fo\no\nb: 1\n')
    expectDeclined('a: foo\nb: 1\n', 'a: fo o\nb: 1\n')
    expectDeclined('a: foo\nb: 1\n', 'a: fo:o\nb: 1\n')
    expectDeclined('a: foo\nb: 1\n', 'a: foo#\nb: 1\n')
  })

  it('applies a value deleted to nothing and typed again (retyping a number), as a full parse reads them', () => {
    let previous = fullParse(canary)
    for (const value of ['5', '', '4', '40', '4', '', '50']) {
      const text = canary.replace('maxWeight: 50', `maxWeight: ${value}`)
      expect(reparseScalarEdit(previous, text), `maxWeight: ${value}`).toBeDefined()
      const fast = parsedLikeFull(previous, text)
      expect(fast.documents[0]?.data).toMatchObject({
        spec: { analysis: { maxWeight: value === '' ? null : Number(value) } },
      })
      previous = fast
    }
    for (const [before, after] of [
      ['a: foo\nb: 1\n', 'a: \nb: 1\n'],
      ['a: foo   \nb: 1\n', 'a:    \nb: 1\n'],
      ['a: \nb: 1\n', 'a: x\nb: 1\n'],
      ['a:    \nb: 1\n', 'a:    x\nb: 1\n'],
      // Comment lines before the next key: after an empty value the first is the value's comment.
      ['m:\n  a: 5\n  # one\n  b: 1\n', 'm:\n  a: \n  # one\n  b: 1\n'],
      ['m:\n  a: \n  # one\n  #two\n  b: 1\n', 'm:\n  a: 7\n  # one\n  #two\n  b: 1\n'],
      ['m:\n  a: 7\n  # one\n  #two\n  b: 1\n', 'm:\n  a: \n  # one\n  #two\n  b: 1\n'],
    ] as const)
      expectFastBy(reparseScalarEdit, before, after)
  })

  it('declines emptying or filling a value whose line or neighbours could read differently', () => {
    expectDeclined('a:\n  b: 5\n', 'a:\n  b: \n') // the last value: its map's end moves
    expectDeclined('m:\n  a: 5\n    # c\n  b: 1\n', 'm:\n  a: \n    # c\n  b: 1\n') // a comment deeper than the key
    expectDeclined('m:\n  a: 5\n# c\n  b: 1\n', 'm:\n  a: \n# c\n  b: 1\n') // a comment left of it
    expectDeclined('a: 5\n\nb: 1\n', 'a: \n\nb: 1\n') // a blank line after it
    expectDeclined('a: 5 # c\nb: 1\n', 'a:  # c\nb: 1\n') // a comment on its line
    expectDeclined('a:\nb: 1\n', 'a:5\nb: 1\n') // no blank after the colon: `a:5` is another key
    expectDeclined('l:\n  - 5\n  - 1\n', 'l:\n  - \n  - 1\n') // a list item
    expectDeclined('a: 5\n: b\n', 'a: \n: b\n') // an empty key next (found by the property test)
    expectDeclined('a: \n: b\n', 'a: 5\n: b\n')
    expectDeclined('a: 5\nb: 1\n', 'a: \r\nb: 1\n') // a carriage return
  })

  it('declines an edit spanning two scalars', () => {
    expectDeclined('a: 1\nb: 2\n', 'a: 3\nb: 4\n')
  })

  it('declines when the text has a syntax error anywhere', () => {
    expectDeclined('a: 1\nb: [\n', 'a: 2\nb: [\n')
  })

  it('declines text typed right before a value (its start would be a guess)', () => {
    expectDeclined('a: 5\n', 'a: 15\n')
  })

  it('declines a document whose %YAML directive reads scalars by other rules', () => {
    expectDeclined('%YAML 1.2\n---\na: ye\n', '%YAML 1.2\n---\na: yes\n')
  })

  it('declines without a remembered parse of the previous text', () => {
    const previous = { ...fullParse('a: 1\n') }
    expect(reparseScalarEdit(previous, 'a: 2\n')).toBeUndefined()
  })

  it('leaves the previous parse as it was', () => {
    const previous = fullParse(canary)
    const tree = String(stateOf(previous).docs[0])
    const data = JSON.stringify(previous.documents)
    forgetRecentParses()
    parseDocument(canary.replace('maxWeight: 50', 'maxWeight: 51'), {}, previous)
    expect(String(stateOf(previous).docs[0])).toBe(tree)
    expect(JSON.stringify(previous.documents)).toBe(data)
  })
})
