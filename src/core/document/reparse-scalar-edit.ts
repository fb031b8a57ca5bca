import { Scalar, isMap, isNode, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml'
import { fromSourceOf, isFromSource, parentOf, resolvePlain, SAFE_PLAIN, type Step } from './plain-scalar.ts'
import { emptyValueEdit, type ScalarReplacement } from './reparse-empty-value.ts'
import { changedRegion, type TextChange } from '../text/changed-region.ts'
import { documentsAfter, incrementalParse, reusableState, type IncrementalParse } from './reparse-support.ts'
import type { ParsedFile } from './types.ts'

// Typing inside one value (`maxWeight: 50` → `maxWeight: 55`) changes one scalar and moves every later offset;
// nothing else in the parse can change. For that case only, the previous parse is copied with that scalar replaced
// and the later offsets shifted, instead of parsing the whole file again. Fidelity comes first: every condition
// below that is not met declines, and the caller parses in full. A wrong tree would mean a wrong preview.

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

/** `fresh`'s reading of the new source, at `old`'s place and with `old`'s comments and spacing. */
function replacement(old: Scalar, fresh: Scalar): Scalar {
  const node = fromSourceOf(fresh)
  const target = node as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(old)) if (!isFromSource(key)) target[key] = value
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
 *   YAML version, as an untagged plain scalar without error or warning (or, for a map value, one of them is empty:
 *   see reparse-empty-value.ts);
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
  return incrementalParse(text, docs, data)
}
