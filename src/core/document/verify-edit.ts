import type { FieldPath } from '../diagnostic.ts'
import { parseDocument } from './parse-document.ts'
import type { Edit, ParsedFile } from './types.ts'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The plain data a JS value reads back as once written to YAML. */
export function plain(value: unknown): Json {
  if (value === undefined || value === null) return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value === 'object') {
    const out: Record<string, Json> = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v)
    return out
  }
  if (typeof value === 'bigint') return Number(value)
  return value as Json
}

/** Deep equality of plain data (NaN equals NaN). */
export function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every(
    (k) => Object.hasOwn(b, k) && isEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  )
}

/** The object or list at `path` whose child `childKey` an edit touches, creating what is missing as YAML edits do. */
function containerAt(root: { value: Json }, path: FieldPath, childKey: string | number): Record<string | number, Json> {
  let holder = root as unknown as Record<string | number, Json>
  let key: string | number = 'value'
  for (const part of [...path, childKey]) {
    let node = holder[key]
    // An empty collection of the other kind (`{}` where a list goes) is replaced, as YAML edits replace it.
    const isEmptyOtherKind =
      typeof node === 'object' &&
      node !== null &&
      Object.keys(node).length === 0 &&
      Array.isArray(node) !== (typeof part === 'number')
    if (node === null || node === undefined || typeof node !== 'object' || isEmptyOtherKind) {
      node = typeof part === 'number' ? [] : {}
      holder[key] = node
    }
    holder = node as unknown as Record<string | number, Json>
    key = part
  }
  return holder
}

/** True when plain data has a value at `path`. */
export function hasPath(value: unknown, path: FieldPath): boolean {
  let node: unknown = value
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false
    node = (node as Record<string | number, unknown>)[part]
  }
  return true
}

/** The value at `path` of plain data, or undefined. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let node = value
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined
    node = (node as Record<string | number, unknown>)[part]
  }
  return node
}

/** The data an edit should produce, computed on plain data. */
export function editedData(before: unknown, edit: Edit): Json {
  const root = { value: plain(before) }
  const parentPath = edit.path.slice(0, -1)
  const last = edit.path[edit.path.length - 1]
  if (last === undefined) return null
  if (edit.kind === 'remove' && !hasPath(root.value, edit.path)) return root.value
  const holder = containerAt(root, parentPath, last)
  if (edit.kind === 'set') holder[last] = plain(edit.value)
  else if (edit.kind === 'remove') {
    if (Array.isArray(holder)) holder.splice(last as number, 1)
    else delete holder[last]
  } else {
    const current = holder[last]
    const list: Json[] = Array.isArray(current) ? current : []
    holder[last] = list
    if (edit.kind === 'insert') list.splice(edit.index, 0, plain(edit.value))
    else list.splice(edit.to, 0, ...list.splice(edit.from, 1))
  }
  return root.value
}

/**
 * True when `text` parses cleanly and its Canary holds exactly what the edit should make of `before`. `edited` is
 * the parse of the text the edit was made in, so a one-value edit is read back without parsing the whole file.
 */
export function readsBack(
  text: string,
  edit: Edit,
  canaryIndex: number,
  before: unknown,
  edited?: ParsedFile,
): boolean {
  const parsed = parseDocument(text, { canaryIndex }, edited)
  if (parsed.status !== 'ok') return false
  return isEqual(parsed.documents[canaryIndex]?.data, editedData(before, edit))
}
