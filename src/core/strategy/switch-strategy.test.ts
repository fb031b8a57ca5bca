import { describe, expect, it } from 'vitest'
import type { FieldPath } from '../diagnostic.ts'
import { parseDocument } from '../document/parse-document.ts'
import { rangeOf } from '../document/ranges.ts'
import { simulateAnalysis } from '../simulate/scheduler.ts'
import { validateCanary } from '../validate/validate-canary.ts'
import { detectStrategy, strategyChoices, type StrategyId } from './strategy-choices.ts'
import { commentedCanary, templateFor } from './strategy-fixtures.test-support.ts'
import { switchStrategy } from './switch-strategy.ts'

const ids = strategyChoices.map((c) => c.id)
const pairs = ids.flatMap((from) => ids.map((to) => [from, to] as const))

function lintOf(text: string): string[] {
  const parsed = parseDocument(text)
  const found = validateCanary({ canary: parsed.canary!, raw: parsed.documents[parsed.canaryIndex]?.data })
  return [...parsed.diagnostics, ...found].map((d) => `${d.severity} ${d.rule}: ${d.message}`)
}

/** 0-based line numbers of a field's own lines: its key and value, and the comment lines just above it. */
function ownLines(text: string, path: FieldPath): Set<number> {
  const range = rangeOf(parseDocument(text), path)
  const out = new Set<number>()
  if (!range) return out
  const lines = text.split('\n')
  for (let l = range.start.line - 1; l <= range.end.line - 1; l++) out.add(l)
  const indent = range.start.column - 1
  for (let l = range.start.line - 2; l >= 0 && /^\s*#/.test(lines[l]!) && lines[l]!.search(/\S/) === indent; l--)
    out.add(l)
  return out
}

/** The line-level diff of two texts (longest common subsequence): which lines were deleted and inserted. */
function lineDiff(a: string[], b: string[]): { deleted: number[]; inserted: number[] } {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const deleted: number[] = []
  const inserted: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++
      j++
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) inserted.push(j++)
    else deleted.push(i++)
  }
  return { deleted, inserted }
}

function expectSwitched(source: string, to: StrategyId): string {
  const result = switchStrategy(source, to)
  if (!result.ok) throw new Error(result.message)
  expect(result.reformatted).toBe(false)
  expect(lintOf(result.text)).toEqual([])
  const canary = parseDocument(result.text).canary!
  const timeline = simulateAnalysis(canary)
  const choice = strategyChoices.find((c) => c.id === to)!
  expect({ strategy: timeline.strategy, mirror: timeline.mirror, sessionAffinity: timeline.sessionAffinity }).toEqual(
    choice.timeline,
  )
  expect(timeline.outcome).toBe('promoted')
  expect(detectStrategy(canary)).toBe(to)
  // Every line outside the fields the switch names is byte-identical and in the same order.
  const { deleted, inserted } = lineDiff(source.split('\n'), result.text.split('\n'))
  const removed = new Set(
    result.changes.filter((c) => c.kind !== 'added').flatMap((c) => [...ownLines(source, c.path)]),
  )
  const added = new Set(
    result.changes.filter((c) => c.kind !== 'removed').flatMap((c) => [...ownLines(result.text, c.path)]),
  )
  expect(deleted.filter((l) => !removed.has(l))).toEqual([])
  expect(inserted.filter((l) => !added.has(l))).toEqual([])
  return result.text
}

describe.each([
  ['a template', (id: StrategyId) => templateFor[id]],
  ['a commented Canary', commentedCanary],
])('switching strategy from %s', (_name, sourceFor) => {
  it.each(pairs)('%s → %s: lint clean, that strategy, other lines untouched', (from, to) => {
    const source = sourceFor(from)
    expect(detectStrategy(parseDocument(source).canary!)).toBe(from)
    expect(lintOf(source)).toEqual([])
    const text = expectSwitched(source, to)
    if (from === to) expect(text).toBe(source)
  })
})
