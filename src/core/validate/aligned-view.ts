import { canaryNode, type Canary } from '../catalog/canary-fields.ts'
import { fieldEntries, type FieldNode } from '../catalog/dsl.ts'
import { readTyped } from '../catalog/read-typed.ts'

// readTyped drops list items of the wrong type, which shifts the indexes after them: a rule reporting
// webhooks[1] would point at the wrong YAML item. The lint view keeps indexes aligned with the text: a bad item
// of a list of mappings becomes an empty mapping, and a list of scalars with a bad item is left out (its type
// error is reported; linting the rest would mislead).

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function isScalarOk(node: FieldNode, v: unknown): boolean {
  switch (node.kind) {
    case 'string':
      return typeof v === 'string'
    case 'number':
      return typeof v === 'number' && Number.isFinite(v)
    case 'boolean':
      return typeof v === 'boolean'
    case 'int-or-string':
      return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
    default:
      return isRecord(v) || Array.isArray(v)
  }
}

function align(node: FieldNode, raw: unknown): unknown {
  if (node.kind === 'object' && isRecord(raw)) {
    const out: Record<string, unknown> = { ...raw }
    for (const [key, child] of fieldEntries(node)) if (key in raw) out[key] = align(child, raw[key])
    return out
  }
  if (node.kind === 'map' && isRecord(raw))
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, align(node.values, v)]))
  if (node.kind === 'list' && Array.isArray(raw)) {
    const items = node.items
    if (items.kind === 'object') return raw.map((item) => (isRecord(item) ? align(items, item) : {}))
    return raw.every((item) => isScalarOk(items, item)) ? raw.map((item) => align(items, item)) : undefined
  }
  return raw
}

/** The typed Canary for lint rules, read from raw data with list indexes kept equal to the text's. */
export function readAlignedCanary(raw: unknown): Canary {
  return readTyped<Canary>(canaryNode, align(canaryNode, raw)).value ?? {}
}
