import { Scalar, isMap, isPair, isScalar } from 'yaml'
import type { TextChange } from '../text/changed-region.ts'
import { fromSourceOf, parentOf, resolvePlain, SAFE_PLAIN, type Step } from './plain-scalar.ts'
import type { ParsedFile } from './types.ts'

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

/** The next key's comment fields after a word (`isAfterEmpty` false) or after an empty value (see above). */
function nextKeyFields(
  comments: readonly string[],
  isAfterEmpty: boolean,
): Pick<Scalar, 'commentBefore' | 'spaceBefore'> {
  const before = isAfterEmpty ? comments.slice(1) : comments
  return {
    commentBefore: before.length > 0 ? before.join('\n') : undefined,
    spaceBefore: isAfterEmpty && comments.length > 0 ? true : undefined,
  }
}

/** Whether the next key reads as it does after a word or after an empty value. */
function hasNextKeyShape(next: NextKey, isAfterEmpty: boolean): boolean {
  const { key, comments } = next
  const keys = Object.keys(key).filter((k) => k !== 'commentBefore' && k !== 'spaceBefore')
  // One plain word: an empty key (`: value`) or an indicator would read differently after an empty value.
  if (!keys.every((k) => PLAIN_SCALAR_KEYS.has(k)) || key.type !== 'PLAIN' || !SAFE_PLAIN.test(String(key.source)))
    return false
  const fields = nextKeyFields(comments, isAfterEmpty)
  return key.commentBefore === fields.commentBefore && key.spaceBefore === fields.spaceBefore
}

/** Gives the (copied) next key the shape it reads with after a word or after an empty value. */
function reshapeNextKey(key: Scalar, comments: readonly string[], isAfterEmpty: boolean): void {
  const fields = nextKeyFields(comments, isAfterEmpty)
  if (fields.commentBefore === undefined) delete key.commentBefore
  else key.commentBefore = fields.commentBefore
  if (fields.spaceBefore === undefined) delete key.spaceBefore
  else key.spaceBefore = fields.spaceBefore
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

/** Whether two scalars have the same own properties with the same values (a range compared offset by offset). */
function isSameScalar(a: Scalar, b: Scalar): boolean {
  const keys = Object.keys(a)
  const other = b as unknown as Record<string, unknown>
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => {
      const x = (a as unknown as Record<string, unknown>)[key]
      const y = other[key]
      return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y
    })
  )
}

/** The word `fresh` typed into an empty value at `from`, its node ending after the line break, as the parser reads it. */
function typedIntoEmpty(fresh: Scalar, from: number, text: string): Scalar {
  const node = fromSourceOf(fresh)
  const end = from + String(fresh.source).length
  node.range = [from, end, text.indexOf('\n', end) + 1]
  return node
}

/** What replaces the edited scalar (built at its place in the copy), its value, and what else changes (the next key). */
export interface ScalarReplacement {
  readonly node: (at: Scalar) => Scalar
  readonly value: unknown
  readonly nextKey?: (key: Scalar) => void
}

/**
 * The value at a map key emptied, or typed into from empty (see above); undefined unless every condition holds.
 * reparseScalarEdit handles a word edited into another word.
 */
export function emptyValueEdit(
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
    if (!isSameScalar(old, emptyScalar(range[0], previous.text, next.comments))) return undefined
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
