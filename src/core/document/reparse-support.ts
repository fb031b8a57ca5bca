import { Pair, Scalar, YAMLMap, YAMLSeq, isAlias, isNode, isPair, type Document, type Node, type Schema } from 'yaml'
import { identity, knownStateOf, type ParseState } from './parse-state.ts'
import { indexLines } from './text-lines.ts'
import type { TextChange } from '../text/changed-region.ts'
import type { ParsedFile } from './types.ts'

// What the incremental re-parses (reparse-scalar-edit.ts, reparse-comment-edit.ts) share: where the text changed,
// whether the previous parse can be reused at all, and copies of its documents with the later offsets shifted.

/** The parse of the new text, made from the previous one: its state and each document's plain data. */
export interface IncrementalParse {
  readonly state: ParseState
  readonly data: readonly unknown[]
}

/** The incremental parse of `text`: its (copied) documents, read as they are, and their data. */
export function incrementalParse(text: string, docs: Document.Parsed[], data: readonly unknown[]): IncrementalParse {
  return { state: { lines: indexLines(text), docs, toOriginal: identity, goScalars: [] }, data }
}

/**
 * The parse behind `previous` when an incremental re-parse may start from it: known, of `previous.text` as it is (no
 * Go-style scalar padded), and without any error or warning in any document. Otherwise undefined.
 */
export function reusableState(previous: ParsedFile): ParseState | undefined {
  const state = knownStateOf(previous)
  if (!state || state.lines.text !== previous.text || state.toOriginal !== identity || state.goScalars.length > 0)
    return undefined
  if (state.docs.length !== previous.documents.length || previous.documents.some((d) => d.hasErrors)) return undefined
  if (state.docs.some((d) => d.errors.length > 0 || d.warnings.length > 0)) return undefined
  return state
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
  if (doc.directives) {
    // Directives.clone keeps docStart but not docEnd (a `...` after the document), which toString writes out.
    copy.directives = doc.directives.clone()
    copy.directives.docEnd = doc.directives.docEnd
  }
  copy.schema = doc.schema.clone()
  copy.range = shifted(doc.range, shift)
  const contents = copyTree(doc.contents, copy.schema, shift)
  if (contents === undefined) return undefined
  copy.contents = contents as Document.Parsed['contents']
  return copy
}

/**
 * The documents of the new text: document `edited` and every one that does not end before the change are copies
 * with the offsets at or after `change.oldTo` shifted (the caller then changes the edited copy); documents that end
 * before it keep every offset and are shared (nothing changes a parse's tree). Undefined when a copy is declined.
 */
export function documentsAfter(
  docs: readonly Document.Parsed[],
  edited: number,
  change: TextChange,
): Document.Parsed[] | undefined {
  const shift = { at: change.oldTo, delta: change.newTo - change.oldTo }
  const out: Document.Parsed[] = []
  for (const [i, d] of docs.entries()) {
    const copy = i === edited || d.range[2] >= change.oldTo ? shiftedCopy(d, shift) : d
    if (!copy) return undefined
    out.push(copy)
  }
  return out
}
