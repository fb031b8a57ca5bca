import { describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../samples/podinfo.ts'
import { forgetRecentParses, parseDocument } from './parse-document.ts'
import { stateOf } from './parse-state.ts'
import { reparseCommentEdit } from './reparse-comment-edit.ts'
import type { ParsedFile } from './types.ts'
import { expectDeclinedBy, expectFastBy, fullParse } from './reparse.test-support.ts'

/** The incremental parse of `after` from the full parse of `before`, equal to the full parse; fails when it declines. */
const expectFast = (before: string, after: string): ParsedFile => expectFastBy(reparseCommentEdit, before, after)

const expectDeclined = (before: string, after: string): void => expectDeclinedBy(reparseCommentEdit, before, after)

const canary = podinfoCanaryYaml

describe('reparseCommentEdit', () => {
  it('applies a letter typed into a full-line comment and into a trailing comment', () => {
    expectFast(canary, canary.replace('# One analysis step', '# One analysis steps'))
    const trailing = canary.replace('interval: 1m', 'interval: 1m # why one minute')
    expectFast(trailing, trailing.replace('# why one minute', '# why one minutes'))
    expectFast(trailing, trailing.replace('# why one minute', '# why one minut'))
    expectFast(trailing, trailing.replace('# why one minute', '# why: "one" # minute'))
    // A second `#` typed right after the first is part of the comment: its body becomes `# why…`.
    expectFast(trailing, trailing.replace('# why one minute', '## why one minute'))
  })

  it('shares the data of the previous parse (a comment changes none)', () => {
    const previous = fullParse(canary)
    forgetRecentParses()
    const fast = parseDocument(canary.replace('# One analysis step', '# Each analysis step'), {}, previous)
    expect(fast.documents[0]?.data).toBe(previous.documents[0]?.data)
  })

  it('applies edits to comments before, between and after documents', () => {
    const multi = '# head\na: 1 # one\n---\n# mid\nb: 2\n# after\n...\n# post\n'
    expectFast(multi, multi.replace('# head', '# heads'))
    expectFast(multi, multi.replace('# one', '# ones'))
    expectFast(multi, multi.replace('# mid', '# middle'))
    expectFast(multi, multi.replace('# after', '# afterwards'))
    expectFast(multi, multi.replace('# post', '# posted'))
    expectFast('a: 1\n# end', 'a: 1\n# ending')
  })

  it('keeps trailing blanks of a comment, as yaml does', () => {
    expectFast('a: 1 # foo\nb: 2\n', 'a: 1 # foo  \nb: 2\n')
    expectFast('a: 1 # foo  \nb: 2\n', 'a: 1 # foo \nb: 2\n')
  })

  it('handles a comment emptied to `#` and one typed after an empty `#` as yaml does (stored as one blank)', () => {
    expectFast('a: 1 # x\nb: 2\n', 'a: 1 #\nb: 2\n')
    expectFast('a: 1 #\nb: 2\n', 'a: 1 #x\nb: 2\n')
    expectFast('a: 1 # \nb: 2\n', 'a: 1 # x\nb: 2\n')
    // `#` and `# ` are both stored as ' ': with both in the text the comment cannot be told apart.
    expectDeclined('a: 1 #\nb: 2 # \n', 'a: 1 #x\nb: 2 # \n')
  })

  it('declines a `#` inside a quoted scalar or a block scalar', () => {
    expectDeclined('a: "x # y"\nb: 1\n', 'a: "x # yz"\nb: 1\n')
    expectDeclined("a: 'x # y'\nb: 1\n", "a: 'x # y2'\nb: 1\n")
    expectDeclined('a: |\n  # not a comment\nb: 1\n', 'a: |\n  # not a comment!\nb: 1\n')
    expectDeclined('a: | # header\n  text\nb: 1\n', 'a: | # headers\n  text\nb: 1\n')
    expectDeclined('"k # y": 1\n', '"k # yy": 1\n')
  })

  it('declines a `#` inside a flow collection', () => {
    expectDeclined('a: [1, # x\n  2]\n', 'a: [1, # xy\n  2]\n')
  })

  it('declines a line break typed into a comment', () => {
    expectDeclined('a: 1 # foo bar\nb: 2\n', 'a: 1 # foo\nbar\nb: 2\n')
    expectDeclined('a: 1 # foo bar\nb: 2\n', 'a: 1 # foo\rbar\nb: 2\n')
    expectDeclined('a: 1 # foo bar\nb: 2\n', 'a: 1 # foo\u2028bar\nb: 2\n')
    expectDeclined('a: 1 # foo bar\nb: 2\n', 'a: 1 # foo\tbar\nb: 2\n')
  })

  it('declines an edit of the `#` itself or before it', () => {
    expectDeclined('a: 1 # foo\nb: 2\n', 'a: 1 foo\nb: 2\n')
    expectDeclined('a: 1 # foo\nb: 2\n', 'a: 1 X foo\nb: 2\n')
    expectDeclined('a: 1 # foo\nb: 2\n', 'a: 1# foo\nb: 2\n')
    expectDeclined('a: 1 # foo\nb: 2\n', 'a: 12 # foo\nb: 2\n')
  })

  it('declines a comment whose text is there twice', () => {
    expectDeclined('a: 1 # same\nb: 2 # same\n', 'a: 1 # samey\nb: 2 # same\n')
    expectDeclined('# same\na: 1\n# same\n', '# same\na: 1\n# sameness\n')
  })

  it('declines a comment on a directive or document marker line', () => {
    expectDeclined('%YAML 1.1 # dir\n---\na: 1\n', '%YAML 1.1 # dirs\n---\na: 1\n')
    expectDeclined('--- # start\na: 1\n', '--- # started\na: 1\n')
    expectDeclined('a: 1\n... # end\n', 'a: 1\n... # ended\n')
  })

  it('declines when a document has a syntax error, and CRLF text', () => {
    expectDeclined('a: 1 # foo\nb: [\n', 'a: 1 # food\nb: [\n')
    expectDeclined('a: 1 # foo\r\nb: 2\r\n', 'a: 1 # food\r\nb: 2\r\n')
  })

  it('declines a document with an anchor or an alias (their trees are not copied)', () => {
    expectDeclined('a: &x 1 # foo\nb: *x\n', 'a: &x 1 # food\nb: *x\n')
  })

  it('leaves the previous parse as it was', () => {
    const previous = fullParse(canary)
    const tree = String(stateOf(previous).docs[0])
    forgetRecentParses()
    parseDocument(canary.replace('# One analysis step', '# One analysis stop'), {}, previous)
    expect(String(stateOf(previous).docs[0])).toBe(tree)
  })
})
