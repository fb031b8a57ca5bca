import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { isScalar, type Scalar } from 'yaml'
import { largeCanary } from '../../test-support/large-canary.ts'
import { referenceExamples } from '../../test-support/shared-reference.ts'
import { podinfoCanaryYaml } from '../samples/podinfo.ts'
import { forgetRecentParses } from './parse-document.ts'
import { reparseScalarEdit } from './reparse-scalar-edit.ts'
import { allPlaces, fullParse, parsedLikeFull } from './reparse.test-support.ts'
import type { ParsedFile } from './types.ts'

// The incremental re-parse must be indistinguishable from a full parse. Random edits, mostly inside plain values
// (where it applies) and some anywhere (where it must decline), each checked against a full parse of the same text.

type Change =
  | { readonly kind: 'replace' | 'insert'; readonly at: number; readonly char: string }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'append-v2' }
  | { readonly kind: 'clear' }
  /** Clear the value, then type a character where it was: retyping a number (two edits). */
  | { readonly kind: 'retype'; readonly char: string }

interface Step {
  readonly where: 'value' | 'any-scalar' | 'anywhere'
  readonly pick: number
  readonly change: Change
}

// Mostly characters a plain value may take (the fast path), some that make it decline.
const chars = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('0', '1', '5', '9', 'a', 'z', 'X', '-', '.', '_', '/') },
  { weight: 1, arbitrary: fc.constantFrom(' ', ':', '#', '"', "'", '\n', '&', '!', 'é', '[', ',') },
)

const step: fc.Arbitrary<Step> = fc.record({
  where: fc.constantFrom<Step['where']>('value', 'value', 'value', 'value', 'any-scalar', 'anywhere'),
  pick: fc.nat(),
  change: fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: chars }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: chars }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'append-v2' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), char: chars }) },
  ),
})

/** The [start, end) of text a step edits: a plain value, any scalar, or a random spot. */
function spanOf(parsed: ParsedFile, s: Step): [number, number] | undefined {
  if (s.where === 'anywhere') {
    const at = s.pick % (parsed.text.length + 1)
    return [at, Math.min(parsed.text.length, at + 3)]
  }
  const scalars = allPlaces(parsed)
    .flat()
    .filter((p) => isScalar(p.node) && p.node.range)
    .filter((p) => s.where === 'any-scalar' || ((p.node as Scalar).type === 'PLAIN' && p.path !== undefined))
  const range = scalars[s.pick % Math.max(1, scalars.length)]?.node.range
  return range ? [range[0], range[1]] : undefined
}

/** The texts a step makes, one per edit (a retype is two). */
function applyStep(text: string, parsed: ParsedFile, s: Step): string[] {
  const span = spanOf(parsed, s)
  if (!span) return [text]
  const c = s.change
  if (c.kind === 'retype') {
    const [from, to] = span
    const cleared = text.slice(0, from) + text.slice(to)
    return [cleared, cleared.slice(0, from) + c.char + cleared.slice(from)]
  }
  return [applyOne(text, span, c)]
}

function applyOne(text: string, span: [number, number], c: Exclude<Change, { kind: 'retype' }>): string {
  const [from, to] = span
  const splice = (a: number, b: number, insert: string): string => text.slice(0, a) + insert + text.slice(b)
  switch (c.kind) {
    case 'replace': {
      if (to === from) return text
      const at = from + (c.at % (to - from))
      return splice(at, at + 1, c.char)
    }
    case 'insert':
      return splice(from + (c.at % (to - from + 1)), from + (c.at % (to - from + 1)), c.char)
    case 'delete': {
      if (to === from) return text
      const at = from + (c.at % (to - from))
      return splice(at, at + 1, '')
    }
    case 'append-v2':
      return splice(to, to, '-v2')
    case 'clear':
      return splice(from, to, '')
  }
}

const counts = { fast: 0, declined: 0 }

/** Runs a sequence of steps; each step's result (fast or not) is the `previous` of the next. */
function runSteps(initial: string, steps: readonly Step[]): void {
  let previous = fullParse(initial)
  for (const s of steps) {
    for (const text of applyStep(previous.text, previous, s)) {
      if (text === previous.text) continue
      forgetRecentParses()
      const isFast = reparseScalarEdit(previous, text) !== undefined
      counts[isFast ? 'fast' : 'declined']++
      previous = parsedLikeFull(previous, text, s.pick)
    }
  }
}

const large = largeCanary(200, 200)
const corpus: [string, string][] = [
  ['podinfo sample', podinfoCanaryYaml],
  ...referenceExamples(),
  [
    'multi-document',
    `${podinfoCanaryYaml}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\ndata:\n  a: b1\n`,
  ],
]

describe('reparseScalarEdit equals a full parse', () => {
  afterAll(() => {
    const total = counts.fast + counts.declined
    console.info(
      `incremental re-parse: fast ${counts.fast} of ${total} edits (${Math.round((100 * counts.fast) / total)}%)`,
    )
    // It must take the fast path often enough for the comparisons to mean something.
    expect(counts.fast).toBeGreaterThan(total * 0.25)
  })

  it('on the samples and the upstream examples', () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(step, { minLength: 1, maxLength: 5 }), (which, steps) => {
        runSteps(corpus[which]?.[1] ?? '', steps)
      }),
      { numRuns: 300 },
    )
  })

  it('on the large generated Canary (200 metrics, 200 webhooks)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 3 }), (steps) => {
        runSteps(large, steps)
      }),
      { numRuns: 12 },
    )
  })
})
