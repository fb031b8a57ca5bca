import type { Document, Node } from 'yaml'
import type { Diagnostic, FieldPath, TextRange } from '../diagnostic.ts'
import { stateOf, type ParseState } from './parse-state.ts'
import { nextLineStartAt, rangeAt } from './text-lines.ts'
import type { ParsedFile } from './types.ts'
import { lastContentNode, trimEnd, walkPath, type PathStep } from './yaml-path.ts'

/** Start and end (offsets in the user's text) of a step's key and value together, comments excluded. */
function stepSpan(state: ParseState, step: PathStep): [number, number] {
  const key = step.pair?.key as Node | undefined
  const start = key?.range?.[0] ?? step.node?.range?.[0] ?? 0
  const keyEnd = key?.range?.[1] ?? start
  const valueEnd = step.node ? (lastContentNode(step.node).range?.[1] ?? start) : start
  const end = trimEnd(state.lines.text, state.toOriginal(Math.max(keyEnd, valueEnd)))
  return [state.toOriginal(start), Math.max(state.toOriginal(start), end)]
}

function canaryDoc(parsed: ParsedFile, state: ParseState): Document.Parsed | undefined {
  return parsed.canaryIndex >= 0 ? state.docs[parsed.canaryIndex] : undefined
}

function toRange(state: ParseState, from: number, to: number): TextRange {
  return rangeAt(state.lines, state.toOriginal(from), state.toOriginal(to))
}

/** Range of the key and value at `path` in the edited Canary, or undefined when the path does not exist. */
export function rangeOf(parsed: ParsedFile, path: FieldPath): TextRange | undefined {
  const state = stateOf(parsed)
  const doc = canaryDoc(parsed, state)
  if (!doc) return undefined
  const walk = walkPath(doc, path)
  if (!walk.complete) return undefined
  const last = walk.steps[walk.steps.length - 1]
  if (last) return rangeAt(state.lines, ...stepSpan(state, last))
  if (!walk.root?.range) return undefined
  const end = trimEnd(state.lines.text, state.toOriginal(lastContentNode(walk.root).range?.[1] ?? 0))
  return rangeAt(state.lines, state.toOriginal(walk.root.range[0]), end)
}

/** Range of `path`, or when it is missing, of the key (or first line) of its nearest existing ancestor. */
export function nearestRangeOf(parsed: ParsedFile, path: FieldPath): TextRange | undefined {
  const exact = rangeOf(parsed, path)
  if (exact) return exact
  const state = stateOf(parsed)
  const doc = canaryDoc(parsed, state)
  if (!doc) return undefined
  const walk = walkPath(doc, path)
  const last = walk.steps[walk.steps.length - 1]
  const keyRange = (last?.pair?.key as Node | undefined)?.range
  if (keyRange) return toRange(state, keyRange[0], keyRange[1])
  const start = last?.node?.range?.[0] ?? walk.root?.range?.[0]
  if (start === undefined) return undefined
  // A list item or the root has no key: its first line is specific enough and never a huge block.
  const from = state.toOriginal(start)
  const lineEnd = nextLineStartAt(state.lines, from)
  const to = state.lines.text.slice(from, lineEnd).trimEnd().length + from
  return rangeAt(state.lines, from, to)
}

/** Fills the range of every diagnostic that has a path but no range; the others are returned as they are. */
export function attachRanges(parsed: ParsedFile, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.range || !d.path) return d
    const range = nearestRangeOf(parsed, d.path)
    return range ? { ...d, range } : d
  })
}
