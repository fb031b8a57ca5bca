import {
  Scalar,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument as parseYamlDocument,
  type Document,
  type Node,
  type Pair,
} from 'yaml'
import { identity, yamlOptions } from './parse-state.ts'
import { changedRegion, type TextChange } from '../text/changed-region.ts'
import { documentsAfter, reusableState, type IncrementalParse } from './reparse-support.ts'
import { indexLines } from './text-lines.ts'
import type { ParsedFile } from './types.ts'

// Typing inside one value (`maxWeight: 50` → `maxWeight: 55`) changes one scalar and moves every later offset;
// nothing else in the parse can change. For that case only, the previous parse is copied with that scalar replaced
// and the later offsets shifted, instead of parsing the whole file again. Fidelity comes first: every condition
// below that is not met declines, and the caller parses in full. A wrong tree would mean a wrong preview.

// The plain scalars accepted, old and new: one word of letters, digits and `_./-`, not starting with `-`. None of
// them holds an indicator, a comment, a quote, flow punctuation, `: ` or a line break, so the line around the
// scalar reads the same whatever it becomes, and a non-blank last character ends it where the old one ended.
const SAFE_PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/

/** One step down from a collection towards the edited scalar: its item's position and, in a map, the data key. */
interface Step {
  readonly position: number
  readonly key: string | undefined
}

/** The map key as toJS names the property, when that is simply the key's string (no merge `<<`, no tag). */
function dataKey(pair: Pair): string | undefined {
  const key = pair.key
  if (!isScalar(key) || typeof key.value !== 'string' || key.tag !== undefined || key.anchor !== undefined)
    return undefined
  return key.value === '<<' || key.value === '__proto__' ? undefined : key.value
}

/** The value scalar (map value or list item, never a key) whose source holds [from, to), with its path. */
function locateScalar(root: unknown, from: number, to: number): { node: Scalar; steps: Step[] } | undefined {
  const steps: Step[] = []
  let node: unknown = root
  for (;;) {
    if (isScalar(node)) return steps.length > 0 ? { node, steps } : undefined
    // A tagged collection (`!!set`, `!!omap`) is not a plain object or array in the data.
    if (!(isMap(node) || isSeq(node)) || node.tag !== undefined) return undefined
    const position = node.items.findIndex((item: unknown) => {
      const range = (isPair(item) ? isNode(item.value) && item.value.range : isNode(item) && item.range) || undefined
      return range !== undefined && range[0] <= from && to <= range[2]
    })
    const item: unknown = node.items[position]
    if (isMap(node) && isPair(item)) {
      const key = dataKey(item)
      if (key === undefined) return undefined
      steps.push({ position, key })
      node = item.value
    } else if (isSeq(node) && isNode(item)) {
      steps.push({ position, key: undefined })
      node = item
    } else return undefined
  }
}

/** The scalar that `source` is on its own, read with the same options; undefined unless it is a plain one. */
function resolvePlain(source: string): { node: Scalar; version: string } | undefined {
  const doc = parseYamlDocument(source, yamlOptions)
  const node = doc.contents
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(node)) return undefined
  if (node.constructor !== Scalar || node.type !== 'PLAIN' || node.source !== source || node.tag !== undefined)
    return undefined
  return { node, version: doc.directives?.yaml.version ?? '' }
}

// What the parser derives from a scalar's source; everything else (range, comments, spacing) stays with the place.
const FROM_SOURCE = new Set(['value', 'source', 'type', 'format', 'minFractionDigits', 'tag'])

/** `fresh`'s reading of the new source, at `old`'s place and with `old`'s comments and spacing. */
function replacement(old: Scalar, fresh: Scalar): Scalar {
  const node = new Scalar(fresh.value)
  const target = node as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(fresh)) if (FROM_SOURCE.has(key)) target[key] = value
  for (const [key, value] of Object.entries(old)) if (!FROM_SOURCE.has(key)) target[key] = value
  return node
}

/** The place `steps` lead to in a (copied) tree: what is there, and how to put another node there. */
function placeAt(root: unknown, steps: readonly Step[]): { node: unknown; put: (node: Node) => void } | undefined {
  let parent: unknown = root
  for (const [i, step] of steps.entries()) {
    if (!isMap(parent) && !isSeq(parent)) return undefined
    const items = parent.items as unknown[]
    const item = items[step.position]
    const value: unknown = isPair(item) ? item.value : item
    if (i === steps.length - 1)
      return {
        node: value,
        put: (node) => {
          if (isPair(item)) item.value = node
          else items[step.position] = node
        },
      }
    parent = value
  }
  return undefined
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  return Object.getPrototypeOf(value) === Object.prototype
}

/**
 * `data` with the value at `steps` replaced, copying only the objects on the way (the rest is shared, as the
 * previous parse's data is never changed); undefined when the data does not hold `old` there.
 */
function withValueAt(
  data: unknown,
  steps: readonly Step[],
  old: unknown,
  value: unknown,
): { data: unknown } | undefined {
  const [step, ...rest] = steps
  if (step === undefined) return Object.is(data, old) ? { data: value } : undefined
  if (step.key === undefined) {
    if (!Array.isArray(data) || step.position >= data.length) return undefined
    const inner = withValueAt(data[step.position], rest, old, value)
    if (!inner) return undefined
    const copy: unknown[] = data.slice()
    copy[step.position] = inner.data
    return { data: copy }
  }
  if (!isPlainObject(data) || !Object.hasOwn(data, step.key)) return undefined
  const inner = withValueAt(data[step.key], rest, old, value)
  if (!inner) return undefined
  const copy = { ...data }
  copy[step.key] = inner.data
  return { data: copy }
}

// A map value deleted to nothing (`maxWeight: 5` → `maxWeight: `) reads as an empty null scalar placed at the line
// break; a word there reads as a scalar whose node ends after the line break. The parent's range ends with its last
// item's, so only a value followed by the next key of its map is handled, with nothing between but comment lines
// at that key's indentation. Those comments are the next key's `commentBefore` after a word, but after an empty
// value the first one becomes the empty scalar's `comment` and the next key gets `spaceBefore` (how the yaml parser
// reads them). Nothing else in the tree changes.
const PLAIN_SCALAR_KEYS = new Set(['value', 'range', 'source', 'type'])
const FOLLOWING_LINES = /^[ ]*\n((?:[ ]*#[^\n]*\n)*)([ ]*)$/

/** What sits between a map value's line and its map's next key. */
interface NextKey {
  readonly key: Scalar
  /** The texts of the comment lines in between (after `#`), in order. */
  readonly comments: readonly string[]
}

/** The map at `steps` minus the last step (the value's parent) in a tree. */
function parentOf(root: unknown, steps: readonly Step[]): unknown {
  let parent: unknown = root
  for (const step of steps.slice(0, -1)) {
    const item: unknown = isMap(parent) || isSeq(parent) ? parent.items[step.position] : undefined
    parent = isPair(item) ? item.value : item
  }
  return parent
}

/** The key after the map value at `steps`, when only comment lines at its indentation lie between (see above). */
function nextKeyAfter(root: unknown, steps: readonly Step[], text: string, valueEnd: number): NextKey | undefined {
  const last = steps[steps.length - 1]
  const parent = parentOf(root, steps)
  if (last?.key === undefined || !isMap(parent)) return undefined
  const next: unknown = parent.items[last.position + 1]
  const key = isPair(next) && isScalar(next.key) ? next.key : undefined
  const start = key?.range?.[0]
  const between = start === undefined ? null : FOLLOWING_LINES.exec(text.slice(valueEnd, start))
  if (!key || !between) return undefined
  const indent = between[2] ?? ''
  const lines = (between[1] ?? '').split('\n').slice(0, -1)
  if (lines.some((line) => !line.startsWith(`${indent}#`))) return undefined
  return { key, comments: lines.map((line) => line.slice(indent.length + 1)) }
}

/** Whether the next key reads as it does after a word (`isAfterEmpty` false) or after an empty value. */
function hasNextKeyShape(next: NextKey, isAfterEmpty: boolean): boolean {
  const { key, comments } = next
  const expected = isAfterEmpty ? comments.slice(1) : comments
  const keys = Object.keys(key).filter((k) => k !== 'commentBefore' && k !== 'spaceBefore')
  if (!keys.every((k) => PLAIN_SCALAR_KEYS.has(k)) || key.type !== 'PLAIN') return false
  const spaceBefore = isAfterEmpty && comments.length > 0 ? true : undefined
  return (
    key.commentBefore === (expected.length > 0 ? expected.join('\n') : undefined) && key.spaceBefore === spaceBefore
  )
}

/** Gives the (copied) next key the shape it reads with after a word or after an empty value. */
function reshapeNextKey(key: Scalar, comments: readonly string[], isAfterEmpty: boolean): void {
  const before = isAfterEmpty ? comments.slice(1) : comments
  if (before.length > 0) key.commentBefore = before.join('\n')
  else delete key.commentBefore
  if (isAfterEmpty && comments.length > 0) key.spaceBefore = true
  else delete key.spaceBefore
}

/** The empty value the parser reads at the line break `at`, taking the first comment line after it. */
function emptyScalar(at: number, text: string, comments: readonly string[]): Scalar {
  const node = new Scalar(null)
  const firstComment = comments[0]
  node.range = [at, at, firstComment === undefined ? at : text.indexOf('\n', at + 1)]
  node.source = ''
  node.type = 'PLAIN'
  if (firstComment !== undefined) node.comment = firstComment
  return node
}

/** The word `fresh` typed into an empty value at `from`, its node ending after the line break, as the parser reads it. */
function typedIntoEmpty(fresh: Scalar, from: number, text: string): Scalar {
  const node = new Scalar(fresh.value)
  const target = node as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(fresh)) if (FROM_SOURCE.has(key)) target[key] = value
  const end = from + String(fresh.source).length
  node.range = [from, end, text.indexOf('\n', end) + 1]
  return node
}

/** What replaces the edited scalar (built at its place in the copy), its value, and what else changes (the next key). */
interface ScalarReplacement {
  readonly node: (at: Scalar) => Scalar
  readonly value: unknown
  readonly nextKey?: (key: Scalar) => void
}

/**
 * The value at a map key emptied, or typed into from empty (see above); undefined unless every condition holds. The
 * scalar fast path below handles a word edited into another word.
 */
function emptyValueEdit(
  previous: ParsedFile,
  text: string,
  root: unknown,
  located: { node: Scalar; steps: Step[] },
  change: TextChange,
  version: string,
): ScalarReplacement | undefined {
  const { node: old, steps } = located
  const range = old.range
  if (!range || old.type !== 'PLAIN' || old.tag !== undefined || old.anchor !== undefined) return undefined
  if (text.includes('\r')) return undefined
  if (old.source === '') {
    // Typed into an empty value: inserted at its place, after `: `, one word.
    const word = text.slice(change.from, change.newTo)
    if (change.from !== range[0] || change.oldTo !== range[0] || previous.text[range[0] - 1] !== ' ') return undefined
    if (previous.text[range[0]] !== '\n' || !SAFE_PLAIN.test(word)) return undefined
    const next = nextKeyAfter(root, steps, previous.text, range[0])
    if (!next || !hasNextKeyShape(next, true)) return undefined
    const expectedEnd = next.comments.length > 0 ? previous.text.indexOf('\n', range[0] + 1) : range[0]
    const ownKeys = Object.keys(old).filter((k) => !(k === 'comment' && next.comments.length > 0))
    if (range[2] !== expectedEnd || old.comment !== next.comments[0] || !ownKeys.every((k) => PLAIN_SCALAR_KEYS.has(k)))
      return undefined
    const fresh = resolvePlain(word)
    if (!fresh || fresh.version !== version) return undefined
    return {
      node: () => typedIntoEmpty(fresh.node, change.from, text),
      value: fresh.node.value,
      nextKey: (key) => reshapeNextKey(key, next.comments, false),
    }
  }
  // Deleted to nothing: the whole word, and nothing but it.
  if (change.from !== range[0] || change.oldTo !== range[1] || change.newTo !== change.from) return undefined
  if (old.source !== previous.text.slice(range[0], range[1]) || !SAFE_PLAIN.test(old.source)) return undefined
  if (!Object.keys(old).every((k) => PLAIN_SCALAR_KEYS.has(k))) return undefined
  const next = nextKeyAfter(root, steps, previous.text, range[1])
  if (!next || !hasNextKeyShape(next, false)) return undefined
  const at = text.indexOf('\n', change.from)
  return {
    node: () => emptyScalar(at, text, next.comments),
    value: null,
    nextKey: (key) => reshapeNextKey(key, next.comments, true),
  }
}

/**
 * The parse of `text` made from `previous`, or undefined (parse in full) unless all of these hold:
 * - the parse behind `previous` is known, read the text as it is (no Go-style scalar padded) and found no error or
 *   warning in any document;
 * - the texts differ in one region, inside the source of one PLAIN scalar that is a map value or a list item (not
 *   a key), with no tag or anchor, under plain string keys (no `<<`) and untagged maps and lists only;
 * - that region is not text typed right before the scalar;
 * - the old and new sources are both one SAFE_PLAIN word, and the new one alone reads, with the same options and
 *   YAML version, as an untagged plain scalar without error or warning (or, for a map value, one of them is empty:
 *   see emptyValueEdit);
 * - the edited document and every later one hold no anchor or alias (their trees are copied).
 */
export function reparseScalarEdit(previous: ParsedFile, text: string): IncrementalParse | undefined {
  const before = reusableState(previous)
  if (!before) return undefined
  const change = changedRegion(previous.text, text)
  if (change.from === change.oldTo && change.from === change.newTo) return undefined
  const index = before.docs.findIndex((d) => d.range[0] <= change.from && change.oldTo <= d.range[2])
  const doc = before.docs[index]
  const located = doc && locateScalar(doc.contents, change.from, change.oldTo)
  if (!doc || !located) return undefined
  const { node: old, steps } = located
  const version = doc.directives?.yaml.version ?? ''
  const emptied = emptyValueEdit(previous, text, doc.contents, located, change, version)
  if (emptied) return withScalarReplaced(previous, before.docs, index, change, text, steps, old.value, emptied)
  const range = old.range
  if (!range || old.type !== 'PLAIN' || old.tag !== undefined || old.anchor !== undefined) return undefined
  if (change.from < range[0] || range[1] < change.oldTo) return undefined
  // Text typed right before the scalar: whether its start moves is a guess, so do not guess.
  if (change.from === range[0] && change.oldTo === range[0]) return undefined
  const oldSource = previous.text.slice(range[0], range[1])
  const newSource = text.slice(range[0], range[1] + change.newTo - change.oldTo)
  if (oldSource !== old.source || !SAFE_PLAIN.test(oldSource) || !SAFE_PLAIN.test(newSource)) return undefined
  const fresh = resolvePlain(newSource)
  // A `%YAML` directive could make the document read scalars by other rules than the standalone parse.
  if (!fresh || fresh.version !== version) return undefined
  const replace = { node: (at: Scalar) => replacement(at, fresh.node), value: fresh.node.value }
  return withScalarReplaced(previous, before.docs, index, change, text, steps, old.value, replace)
}

/** The documents copied with later offsets shifted and the scalar at `steps` replaced; its data, copied on the way. */
function withScalarReplaced(
  previous: ParsedFile,
  before: readonly Document.Parsed[],
  index: number,
  change: TextChange,
  text: string,
  steps: readonly Step[],
  oldValue: unknown,
  replace: ScalarReplacement,
): IncrementalParse | undefined {
  const edited = withValueAt(previous.documents[index]?.data, steps, oldValue, replace.value)
  if (!edited) return undefined
  const docs = documentsAfter(before, index, change)
  const place = docs && placeAt(docs[index]?.contents, steps)
  if (!place || !isScalar(place.node)) return undefined
  place.put(replace.node(place.node))
  if (replace.nextKey) {
    const parent = parentOf(docs[index]?.contents, steps)
    const next: unknown = isMap(parent) ? parent.items[(steps[steps.length - 1]?.position ?? -1) + 1] : undefined
    if (!isPair(next) || !isScalar(next.key)) return undefined
    replace.nextKey(next.key)
  }
  const data = previous.documents.map((d, i) => (i === index ? edited.data : d.data))
  return { state: { lines: indexLines(text), docs, toOriginal: identity, goScalars: [] }, data }
}
