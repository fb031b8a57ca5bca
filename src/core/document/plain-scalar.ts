import { Scalar, isMap, isPair, isScalar, isSeq, parseDocument as parseYamlDocument } from 'yaml'
import { yamlOptions } from './parse-state.ts'

// What the incremental re-parse of a value (reparse-scalar-edit.ts, reparse-empty-value.ts) knows about plain
// scalars and the way down to one.

// The plain scalars accepted, old and new: one word of letters, digits and `_./-`, not starting with `-`. None of
// them holds an indicator, a comment, a quote, flow punctuation, `: ` or a line break, so the line around the
// scalar reads the same whatever it becomes, and a non-blank last character ends it where the old one ended.
export const SAFE_PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/

/** One step down from a collection towards the edited scalar: its item's position and, in a map, the data key. */
export interface Step {
  readonly position: number
  readonly key: string | undefined
}

/** The scalar that `source` is on its own, read with the same options; undefined unless it is a plain one. */
export function resolvePlain(source: string): { node: Scalar; version: string } | undefined {
  const doc = parseYamlDocument(source, yamlOptions)
  const node = doc.contents
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(node)) return undefined
  if (node.constructor !== Scalar || node.type !== 'PLAIN' || node.source !== source || node.tag !== undefined)
    return undefined
  return { node, version: doc.directives?.yaml.version ?? '' }
}

// What the parser derives from a scalar's source; everything else (range, comments, spacing) stays with the place.
const FROM_SOURCE = new Set(['value', 'source', 'type', 'format', 'minFractionDigits', 'tag'])

/** A new scalar with what the parser derives from `fresh`'s source (value, source, type, format…), and nothing else. */
export function fromSourceOf(fresh: Scalar): Scalar {
  const node = new Scalar(fresh.value)
  const target = node as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(fresh)) if (FROM_SOURCE.has(key)) target[key] = value
  return node
}

/** Whether `key` is one of those derived properties. */
export const isFromSource = (key: string): boolean => FROM_SOURCE.has(key)

/** The map at `steps` minus the last step (the value's parent) in a tree. */
export function parentOf(root: unknown, steps: readonly Step[]): unknown {
  let parent: unknown = root
  for (const step of steps.slice(0, -1)) {
    const item: unknown = isMap(parent) || isSeq(parent) ? parent.items[step.position] : undefined
    parent = isPair(item) ? item.value : item
  }
  return parent
}
