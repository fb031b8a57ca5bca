import {
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument as parseYamlDocument,
  type Document,
  type Node,
  type Schema,
} from 'yaml'
import { identity, knownStateOf, yamlOptions, type ParseState } from './parse-state.ts'
import { indexLines } from './text-lines.ts'
import type { ParsedFile } from './types.ts'

// Typing inside one value (`maxWeight: 50` → `maxWeight: 55`) changes one scalar and moves every later offset;
// nothing else in the parse can change. For that case only, the previous parse is copied with that scalar replaced
// and the later offsets shifted, instead of parsing the whole file again. Fidelity comes first: every condition
// below that is not met declines, and the caller parses in full. A wrong tree would mean a wrong preview.

/** The parse of the new text, made from the previous one: its state and each document's plain data. */
export interface ScalarEditParse {
  readonly state: ParseState
  readonly data: readonly unknown[]
}

/** Where two texts differ: [from, oldTo) of the old text became [from, newTo) of the new one. */
export interface TextChange {
  readonly from: number
  readonly oldTo: number
  readonly newTo: number
}

/** The one region where two texts differ: the longest common prefix, then the longest common suffix of the rest. */
export function changedRegion(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length)
  let from = 0
  while (from < limit && before.charCodeAt(from) === after.charCodeAt(from)) from++
  let tail = 0
  while (
    tail < limit - from &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++
  return { from, oldTo: before.length - tail, newTo: after.length - tail }
}

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

/** Offsets at or after `at` move by `delta`: the text from there on moved, what is before it did not. */
interface Shift {
  readonly at: number
  readonly delta: number
}

function shifted(range: readonly number[], shift: Shift): [number, number, number] {
  const [a = 0, b = 0, c = 0] = range.map((o) => (o >= shift.at ? o + shift.delta : o))
  return [a, b, c]
}

/**
 * A copy of a tree with its offsets shifted; undefined when it holds an anchor, an alias or a node of another class
 * (`!!set`, `!!omap`). Node.clone copies property descriptors one by one, which takes ~20 ms on a large Canary and
 * leaves slow objects behind; a fresh node of the same class given the same enumerable properties is what the
 * parser itself builds. The non-enumerable ones are the node type (set by the constructor) and a collection's schema.
 */
function copyTree(node: unknown, schema: Schema, shift: Shift): unknown {
  if (isPair(node)) {
    const key = copyTree(node.key, schema, shift)
    const value = copyTree(node.value, schema, shift)
    return key === undefined || value === undefined ? undefined : new Pair(key, value)
  }
  if (node === null) return null
  if (!isNode(node) || node.anchor !== undefined || isAlias(node)) return undefined
  let copy: Node
  if (node.constructor === Scalar) copy = Object.assign(new Scalar(undefined), node)
  else if (node.constructor === YAMLMap || node.constructor === YAMLSeq) {
    const items: unknown[] = []
    for (const item of node.items as unknown[]) {
      const itemCopy = copyTree(item, schema, shift)
      if (itemCopy === undefined) return undefined
      items.push(itemCopy)
    }
    copy = Object.assign(node.constructor === YAMLMap ? new YAMLMap(schema) : new YAMLSeq(schema), node, { items })
  } else return undefined
  if (node.range) copy.range = shifted(node.range, shift)
  return copy
}

/** A copy of `doc` with every offset shifted; undefined when copyTree declines its tree. */
function shiftedCopy(doc: Document.Parsed, shift: Shift): Document.Parsed | undefined {
  // What Document.clone copies, but with the tree copied by copyTree.
  const copy = Object.create(
    Object.getPrototypeOf(doc) as object,
    Object.getOwnPropertyDescriptors(doc),
  ) as Document.Parsed
  copy.errors = doc.errors.slice()
  copy.warnings = doc.warnings.slice()
  copy.options = { ...doc.options }
  if (doc.directives) copy.directives = doc.directives.clone()
  copy.schema = doc.schema.clone()
  copy.range = shifted(doc.range, shift)
  const contents = copyTree(doc.contents, copy.schema, shift)
  if (contents === undefined) return undefined
  copy.contents = contents as Document.Parsed['contents']
  return copy
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

/**
 * The parse of `text` made from `previous`, or undefined (parse in full) unless all of these hold:
 * - the parse behind `previous` is known, read the text as it is (no Go-style scalar padded) and found no error or
 *   warning in any document;
 * - the texts differ in one region, inside the source of one PLAIN scalar that is a map value or a list item (not
 *   a key), with no tag or anchor, under plain string keys (no `<<`) and untagged maps and lists only;
 * - that region is not text typed right before the scalar;
 * - the old and new sources are both one SAFE_PLAIN word, and the new one alone reads, with the same options and
 *   YAML version, as an untagged plain scalar without error or warning;
 * - the edited document and every later one hold no anchor or alias (their trees are copied).
 */
export function reparseScalarEdit(previous: ParsedFile, text: string): ScalarEditParse | undefined {
  const before = knownStateOf(previous)
  if (!before || before.lines.text !== previous.text || before.toOriginal !== identity || before.goScalars.length > 0)
    return undefined
  if (before.docs.length !== previous.documents.length || previous.documents.some((d) => d.hasErrors)) return undefined
  if (before.docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined
  const change = changedRegion(previous.text, text)
  if (change.from === change.oldTo && change.from === change.newTo) return undefined
  const index = before.docs.findIndex((d) => d.range[0] <= change.from && change.oldTo <= d.range[2])
  const doc = before.docs[index]
  const located = doc && locateScalar(doc.contents, change.from, change.oldTo)
  if (!doc || !located) return undefined
  const { node: old, steps } = located
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
  if (!fresh || fresh.version !== (doc.directives?.yaml.version ?? '')) return undefined
  const edited = withValueAt(previous.documents[index]?.data, steps, old.value, fresh.node.value)
  if (!edited) return undefined

  const delta = change.newTo - change.oldTo
  const docs: Document.Parsed[] = []
  for (const [i, d] of before.docs.entries()) {
    // Documents that end before the change keep every offset, so they are shared (nothing changes a parse's tree).
    const copy = i === index || d.range[2] >= change.oldTo ? shiftedCopy(d, { at: change.oldTo, delta }) : d
    if (!copy) return undefined
    docs.push(copy)
  }
  const place = placeAt(docs[index]?.contents, steps)
  if (!place || !isScalar(place.node)) return undefined
  place.put(replacement(place.node, fresh.node))
  const data = previous.documents.map((d, i) => (i === index ? edited.data : d.data))
  return { state: { lines: indexLines(text), docs, toOriginal: identity, goScalars: [] }, data }
}
