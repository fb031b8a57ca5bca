import type { Diagnostic, FieldPath } from '../diagnostic.ts'
import { formatPath } from '../diagnostic.ts'
import { fieldEntries, type FieldNode, type ListNode, type MapNode, type ObjectNode } from './dsl.ts'

/** The typed view of `raw` under `node`, and one diagnostic per value whose type the catalog does not allow. */
export interface TypedRead<T> {
  readonly value: T | undefined
  readonly typeErrors: readonly Diagnostic[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function describe(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  return `${typeof v} ${JSON.stringify(v)}`
}

function expected(node: FieldNode): string {
  switch (node.kind) {
    case 'string':
      return 'a string'
    case 'number':
      return node.integer ? 'a whole number' : 'a number'
    case 'boolean':
      return 'true or false'
    case 'int-or-string':
      return 'a number or a string'
    case 'object':
    case 'map':
      return 'a mapping'
    case 'list':
      return 'a list'
  }
}

/** Reports a value of the wrong type (a function, not a closure per node: this runs for every value on every keystroke). */
function mismatch(node: FieldNode, raw: unknown, path: FieldPath, errors: Diagnostic[]): undefined {
  // null is how YAML spells an empty value (`key:`); it reads as absent, like the API server prunes it.
  if (raw !== null)
    errors.push({
      severity: 'error',
      rule: 'schema-type',
      message: `${formatPath(path)} must be ${expected(node)}, but it is ${describe(raw)}.`,
      path,
    })
  return undefined
}

/** Typed reads of immutable parse data, by raw object (see readTypedShared). */
type ReadMemo = WeakMap<object, { readonly node: FieldNode; readonly path: FieldPath; readonly value: unknown; readonly errors: readonly Diagnostic[] }>

const isSamePath = (a: FieldPath, b: FieldPath): boolean => a.length === b.length && a.every((step, i) => step === b[i])

function readNode(node: FieldNode, raw: unknown, path: FieldPath, errors: Diagnostic[], memo?: ReadMemo): unknown {
  if (raw === undefined) return undefined
  switch (node.kind) {
    case 'string':
      return typeof raw === 'string' ? raw : mismatch(node, raw, path, errors)
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : mismatch(node, raw, path, errors)
    case 'boolean':
      return typeof raw === 'boolean' ? raw : mismatch(node, raw, path, errors)
    case 'int-or-string':
      return typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? raw : mismatch(node, raw, path, errors)
  }
  if (!memo || typeof raw !== 'object' || raw === null) return readCollection(node, raw, path, errors, memo)
  // The same object read at the same place gives the same view and errors (an aliased object may sit elsewhere too).
  const known = memo.get(raw)
  if (known && known.node === node && isSamePath(known.path, path)) {
    errors.push(...known.errors)
    return known.value
  }
  const own: Diagnostic[] = []
  const value = readCollection(node, raw, path, own, memo)
  memo.set(raw, { node, path, value, errors: own })
  errors.push(...own)
  return value
}

function readCollection(
  node: ObjectNode | MapNode | ListNode,
  raw: unknown,
  path: FieldPath,
  errors: Diagnostic[],
  memo: ReadMemo | undefined,
): unknown {
  switch (node.kind) {
    case 'object': {
      if (!isRecord(raw)) return mismatch(node, raw, path, errors)
      const out: Record<string, unknown> = {}
      let isAsRead = true
      let kept = 0
      for (const [key, child] of fieldEntries(node)) {
        // Most catalog fields are absent: skip them before building their path (this runs on every keystroke).
        if (raw[key] === undefined) continue
        const v = readNode(child, raw[key], [...path, key], errors, memo)
        if (v !== undefined) out[key] = v
        if (v === raw[key]) kept++
        else isAsRead = false
      }
      return isAsRead && kept === Object.keys(raw).length ? raw : out
    }
    case 'map': {
      if (!isRecord(raw)) return mismatch(node, raw, path, errors)
      const out: Record<string, unknown> = {}
      let isAsRead = true
      for (const [key, item] of Object.entries(raw)) {
        const v = readNode(node.values, item, [...path, key], errors, memo)
        // defineProperty, not assignment: a key named `__proto__` (webhook metadata may use any key) stays a key.
        if (v !== undefined) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true })
        if (v !== item) isAsRead = false
      }
      return isAsRead ? raw : out
    }
    case 'list': {
      if (!Array.isArray(raw)) return mismatch(node, raw, path, errors)
      const out: unknown[] = []
      let isAsRead = true
      raw.forEach((item, i) => {
        const v = readNode(node.items, item, [...path, i], errors, memo)
        if (v !== undefined) out.push(v)
        if (v !== item) isAsRead = false
      })
      return isAsRead ? raw : out
    }
  }
}

/**
 * Reads plain data (as `yaml` parses it) into the catalog's typed view. Unknown keys are left out of the view
 * (the text keeps them); values of the wrong type are left out and reported. A collection read exactly as it is
 * (every key known, every value of its type) is the data's own object, not a copy: a Canary of 100,000 annotations
 * holds them once, and a worker's answer carries them once.
 */
export function readTyped<T>(node: FieldNode, raw: unknown, path: FieldPath = []): TypedRead<T> {
  const typeErrors: Diagnostic[] = []
  const value = readNode(node, raw, path, typeErrors) as T | undefined
  return { value, typeErrors }
}

const sharedReads: ReadMemo = new WeakMap()

/**
 * readTyped for data that is never changed after it is read (a parse's documents): each object read before at the
 * same place gives the same typed object and errors. An edit copies only the objects on its path (the incremental
 * re-parse, structural sharing), so a keystroke in a large Canary reads the few objects that changed, and the
 * typed Canary shares everything else with the previous one.
 */
export function readTypedShared<T>(node: FieldNode, raw: unknown): TypedRead<T> {
  const typeErrors: Diagnostic[] = []
  const value = readNode(node, raw, [], typeErrors, sharedReads) as T | undefined
  return { value, typeErrors }
}
