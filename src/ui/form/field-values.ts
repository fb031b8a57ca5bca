import type { FieldNode } from '../../core/catalog/dsl.ts'
import { parseGoDuration } from '../../core/text/go-duration.ts'

/** What a typed text means for a field: a value to set, `remove` (the box was emptied), or why it is invalid. */
export type FieldInput =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: true; readonly remove: true }
  | { readonly ok: false; readonly message: string }

const remove: FieldInput = { ok: true, remove: true }

function parseNumber(node: Extract<FieldNode, { kind: 'number' }>, raw: string): FieldInput {
  const value = Number(raw)
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) || !Number.isFinite(value))
    return { ok: false, message: 'Enter a number.' }
  if (node.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' }
  if (node.minimum !== undefined && value < node.minimum)
    return { ok: false, message: `Must be at least ${node.minimum}.` }
  if (node.maximum !== undefined && value > node.maximum)
    return { ok: false, message: `Must be at most ${node.maximum}.` }
  return { ok: true, value }
}

function parseString(node: Extract<FieldNode, { kind: 'string' }>, raw: string): FieldInput {
  // Flagger's CRD pattern ^[0-9]+(m|s) comes first, then Go's time.ParseDuration must accept the whole text.
  if (node.format === 'duration' && parseGoDuration(raw) === undefined)
    return { ok: false, message: 'Enter a duration such as 30s, 1m or 1m30s.' }
  if (node.pattern !== undefined && !new RegExp(node.pattern).test(raw))
    return { ok: false, message: `Must match ${node.pattern}.` }
  if (node.enum !== undefined && !node.enum.includes(raw))
    return { ok: false, message: `Must be one of ${node.enum.join(', ')}.` }
  return { ok: true, value: raw }
}

/** Reads the text typed into a scalar field's box as the catalog node's value. */
export function parseFieldInput(node: FieldNode, text: string): FieldInput {
  const raw = text.trim()
  if (raw === '') return remove
  switch (node.kind) {
    case 'number':
      return parseNumber(node, raw)
    case 'string':
      return parseString(node, raw)
    case 'int-or-string':
      return /^\d+$/.test(raw) ? { ok: true, value: Number(raw) } : { ok: true, value: raw }
    case 'boolean':
      return raw === 'true' || raw === 'false'
        ? { ok: true, value: raw === 'true' }
        : { ok: false, message: 'Enter true or false.' }
    default:
      return { ok: false, message: 'This field is edited in the YAML.' }
  }
}

/** The text a scalar value shows in its box ('' when absent). */
export function formatFieldValue(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** The placeholder of an empty box: the catalog's default, else its example. */
export function placeholderOf(node: FieldNode): string {
  if (node.default !== undefined) return `${formatFieldValue(node.default)} (default)`
  if (node.example !== undefined) return `e.g. ${formatFieldValue(node.example)}`
  return ''
}
