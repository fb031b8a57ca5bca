import { expect } from 'vitest'
import { isCollection, isNode, isPair, isScalar, isSeq, type Node } from 'yaml'
import type { FieldPath } from '../diagnostic.ts'
import { applyEdit } from './apply-edit.ts'
import { forgetRecentParses, parseDocument } from './parse-document.ts'
import { stateOf } from './parse-state.ts'
import type { ParsedFile } from './types.ts'

// What the tests of the incremental re-parses (reparse-*-edit.test.ts, reparse-*-edit.property.test.ts) compare: a
// fast result against a full parse of the same text.

/** A full parse of `text`, not the remembered (possibly incremental) one. */
export function fullParse(text: string): ParsedFile {
  forgetRecentParses()
  return parseDocument(text)
}

/** `reparse` declines `after`, and parseDocument with the previous parse still gives the full parse's answer. */
export function expectDeclinedBy(
  reparse: (previous: ParsedFile, text: string) => unknown,
  before: string,
  after: string,
): void {
  const previous = fullParse(before)
  expect(reparse(previous, after)).toBeUndefined()
  forgetRecentParses()
  const viaPrevious = parseDocument(after, {}, previous)
  const full = fullParse(after)
  expect(viaPrevious.documents).toStrictEqual(full.documents)
  expect(viaPrevious.diagnostics).toStrictEqual(full.diagnostics)
  const text = (parsed: ParsedFile): string[] =>
    stateOf(parsed).docs.map((d) => (d.errors.length > 0 ? '(errors)' : String(d)))
  expect(text(viaPrevious)).toStrictEqual(text(full))
}

export interface Place {
  readonly node: Node
  readonly path: FieldPath | undefined
}

/** Every node of a tree with its data path (undefined for keys and what is under them). */
export function places(node: unknown, path: FieldPath | undefined, out: Place[] = []): Place[] {
  if (!isNode(node)) return out
  out.push({ node, path })
  if (!isCollection(node)) return out
  node.items.forEach((item: unknown, i) => {
    if (isPair(item)) {
      places(item.key, undefined, out)
      const key = isScalar(item.key) ? item.key.value : undefined
      places(item.value, path && typeof key === 'string' ? [...path, key] : undefined, out)
    } else places(item, path && isSeq(node) ? [...path, i] : undefined, out)
  })
  return out
}

export function allPlaces(parsed: ParsedFile): Place[][] {
  return stateOf(parsed).docs.map((doc) => places(doc.contents, []))
}

/** The fast result equals the full parse: the ParsedFile, every document's tree, and an edit made through either. */
export function expectSameAsFull(fast: ParsedFile, full: ParsedFile, pick: number, previous: ParsedFile): void {
  expect(fast.text).toBe(full.text)
  expect(fast.documents).toStrictEqual(full.documents)
  expect(fast.canaryIndex).toBe(full.canaryIndex)
  expect(fast.canary).toStrictEqual(full.canary)
  expect(fast.status).toBe(full.status)
  expect(fast.diagnostics).toStrictEqual(full.diagnostics)
  const fastDocs = stateOf(fast).docs
  const fullDocs = stateOf(full).docs
  expect(fastDocs.length).toBe(fullDocs.length)
  fullDocs.forEach((doc, i) => {
    const other = fastDocs[i]
    expect(other?.range).toStrictEqual(doc.range)
    // Walked in parallel first, for a readable failure; then every property of every node.
    const ranges = (list: Place[]): unknown[] => list.map((p) => [p.path?.join('.'), p.node.range])
    expect(ranges(places(other?.contents, []))).toStrictEqual(ranges(places(doc.contents, [])))
    expect(other?.contents).toStrictEqual(doc.contents)
    expect(other?.errors).toStrictEqual(doc.errors)
    expect(other?.warnings).toStrictEqual(doc.warnings)
    expect(other?.comment).toStrictEqual(doc.comment)
    expect(other?.commentBefore).toStrictEqual(doc.commentBefore)
    expect(other?.directives).toStrictEqual(doc.directives)
    if (doc.errors.length === 0) expect(String(other)).toBe(String(doc))
  })
  // An edit afterwards reads the parse it finds remembered: once the incremental one, once a full one.
  if (full.status !== 'ok') return
  const targets = (allPlaces(full)[full.canaryIndex] ?? []).filter((p) => p.path && p.path.length > 0)
  const target = targets[pick % Math.max(1, targets.length)]
  if (!target?.path) return
  const edit = { kind: 'set', path: target.path, value: 'edited-value' } as const
  forgetRecentParses()
  parseDocument(fast.text, {}, previous)
  const viaFast = applyEdit(fast.text, edit)
  forgetRecentParses()
  const viaFull = applyEdit(full.text, edit)
  expect(viaFast).toStrictEqual(viaFull)
}

/** parseDocument of `text` from `previous` (nothing remembered), checked against a full parse; the result. */
export function parsedLikeFull(previous: ParsedFile, text: string, pick = 0): ParsedFile {
  forgetRecentParses()
  const result = parseDocument(text, {}, previous)
  expectSameAsFull(result, fullParse(text), pick, previous)
  return result
}

/** `reparse` takes `after` from the full parse of `before` (it does not decline), and the result is a full parse's. */
export function expectFastBy(
  reparse: (previous: ParsedFile, text: string) => unknown,
  before: string,
  after: string,
): ParsedFile {
  const previous = fullParse(before)
  expect(reparse(previous, after), after).toBeDefined()
  return parsedLikeFull(previous, after)
}
