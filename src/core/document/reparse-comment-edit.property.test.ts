import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { isScalar } from 'yaml'
import { largeCanary } from '../../test-support/large-canary.ts'
import { referenceExamples } from '../../test-support/shared-reference.ts'
import { podinfoCanaryYaml } from '../samples/podinfo.ts'
import { forgetRecentParses } from './parse-document.ts'
import { reparseCommentEdit } from './reparse-comment-edit.ts'
import { reparseScalarEdit } from './reparse-scalar-edit.ts'
import { allPlaces, fullParse, parsedLikeFull } from './reparse.test-support.ts'
import type { ParsedFile } from './types.ts'

// The comment fast path must be indistinguishable from a full parse. Random edits inside comments (existing ones,
// and trailing ones first added to a value's line), some on the `#` itself, mixed with edits of plain values; each
// result is the `previous` of the next step and is checked against a full parse of the same text.

type Change =
  | { readonly kind: 'replace' | 'insert'; readonly at: number; readonly char: string }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'clear' }

interface Step {
  /** comment: inside a comment body; hash: from the `#` on; add-comment: a trailing comment; value: a plain value. */
  readonly where: 'comment' | 'hash' | 'add-comment' | 'value'
  readonly pick: number
  readonly change: Change
}

// Mostly what comments hold; some characters that end or change one (a line break, a tab).
const chars = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'Z', '0', '7', ' ', '.', ',', '-', '#', ':', '"', "'", '!', '&') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\t', 'é', '[', '|', '*', '%') },
)

const step: fc.Arbitrary<Step> = fc.record({
  where: fc.constantFrom<Step['where']>('comment', 'comment', 'comment', 'comment', 'hash', 'add-comment', 'value'),
  pick: fc.nat(),
  change: fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: chars }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: chars }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
    // An emptied comment (`#`) is stored as ' ', like `# `.
    { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  ),
})

/** Offsets of every `#` of the text (inside scalars too: those edits must decline). */
function hashes(text: string): number[] {
  const out: number[] = []
  for (let at = text.indexOf('#'); at >= 0; at = text.indexOf('#', at + 1)) out.push(at)
  return out
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at)
  return end < 0 ? text.length : end
}

function splice(text: string, a: number, b: number, insert: string): string {
  return text.slice(0, a) + insert + text.slice(b)
}

/** The text with `change` applied inside [from, to) (an insertion anywhere in [from, to]). */
function changeIn(text: string, from: number, to: number, c: Change): string {
  if (c.kind === 'clear') return splice(text, from, to, '')
  if (c.kind === 'insert') {
    const at = from + (c.at % (to - from + 1))
    return splice(text, at, at, c.char)
  }
  if (to === from) return text
  const at = from + (c.at % (to - from))
  return splice(text, at, at + 1, c.kind === 'replace' ? c.char : '')
}

function applyStep(parsed: ParsedFile, s: Step): string {
  const text = parsed.text
  if (s.where === 'comment' || s.where === 'hash') {
    const all = hashes(text)
    const hash = all[s.pick % Math.max(1, all.length)]
    if (hash === undefined) return text
    return changeIn(text, s.where === 'hash' ? hash : hash + 1, lineEnd(text, hash), s.change)
  }
  const values = allPlaces(parsed)
    .flat()
    .filter((p) => isScalar(p.node) && p.node.type === 'PLAIN' && p.path !== undefined && p.node.range)
  const range = values[s.pick % Math.max(1, values.length)]?.node.range
  if (!range) return text
  if (s.where === 'add-comment') {
    const end = lineEnd(text, range[1])
    return text.slice(range[1], end).includes('#') ? text : splice(text, end, end, ' # note')
  }
  // Plain values take the scalar fast path with these characters.
  const c =
    s.change.kind === 'delete' || s.change.kind === 'clear' ? s.change : { ...s.change, char: String(s.pick % 10) }
  return changeIn(text, range[0] + 1, range[1], c)
}

const counts = { comment: 0, commentFast: 0, scalarFast: 0, declined: 0 }

/** Runs a sequence of steps; each step's result (fast or not) is the `previous` of the next. */
function runSteps(initial: string, steps: readonly Step[]): void {
  let previous = fullParse(initial)
  for (const s of steps) {
    const text = applyStep(previous, s)
    if (text === previous.text) continue
    forgetRecentParses()
    const viaComment = reparseCommentEdit(previous, text) !== undefined
    const viaScalar = reparseScalarEdit(previous, text) !== undefined
    // The two paths never both apply: a comment edit is outside every scalar, a value edit inside one.
    expect(viaComment && viaScalar).toBe(false)
    if (s.where === 'comment') counts.comment++
    if (viaComment && s.where === 'comment') counts.commentFast++
    if (viaScalar) counts.scalarFast++
    else if (!viaComment) counts.declined++
    previous = parsedLikeFull(previous, text, s.pick)
  }
}

const corpus: [string, string][] = [
  ['podinfo sample', podinfoCanaryYaml],
  ['large generated Canary (20 metrics, 20 webhooks)', largeCanary(20, 20)],
  ...referenceExamples(),
  [
    'multi-document',
    `# head\n${podinfoCanaryYaml}...\n# between\n---\n# cm\napiVersion: v1\nkind: ConfigMap # kind\ndata:\n  a: b1 #\n  b: "c # d" # \n  e: |\n    # f\n#g\n# tail`,
  ],
]

describe('reparseCommentEdit equals a full parse', () => {
  afterAll(() => {
    const rate = Math.round((100 * counts.commentFast) / counts.comment)
    console.info(
      `comment re-parse: fast ${counts.commentFast} of ${counts.comment} edits inside comments (${rate}%); ` +
        `scalar fast ${counts.scalarFast}, full ${counts.declined}`,
    )
    // It must take the fast path often enough for the comparisons to mean something.
    expect(counts.commentFast).toBeGreaterThan(counts.comment * 0.5)
    expect(counts.scalarFast).toBeGreaterThan(0)
  })

  it('on the samples and the upstream examples', () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(step, { minLength: 1, maxLength: 8 }), (which, steps) => {
        runSteps(corpus[which]?.[1] ?? '', steps)
      }),
      { numRuns: 300 },
    )
  })

  it('on the large generated Canary (200 metrics, 200 webhooks)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), (steps) => {
        runSteps(largeCanary(200, 200), steps)
      }),
      { numRuns: 10 },
    )
  })
})
