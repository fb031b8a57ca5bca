import type { FieldPath } from '../diagnostic.ts'
import { formatPath } from '../diagnostic.ts'
import { canaryNode } from './canary-fields.ts'
import type { FieldNode, ProviderName } from './dsl.ts'

/** What the form and hover docs show for one field. */
export interface FieldInfo {
  /** The catalog node describing the field. */
  readonly node: FieldNode
  /** The path asked for, e.g. ['spec', 'analysis', 'metrics', 0, 'interval']. */
  readonly path: FieldPath
  /** The catalog path with list indexes as '[]' and map keys as '*', e.g. 'spec.analysis.metrics[].interval'. */
  readonly catalogPath: string
  /** Short label: the node's label, else the last key. */
  readonly label: string
  /** Our explanation; falls back to the list's or map's doc for items and values. */
  readonly doc: string
  readonly providers?: readonly ProviderName[]
  /** Markdown for hover: the doc, then type, default, bounds and providers. */
  readonly markdown: string
}

/** The child node under `key` (a field name, a list index or a map key), or undefined when the catalog has none. */
export function childNode(node: FieldNode, key: string | number): FieldNode | undefined {
  switch (node.kind) {
    case 'object':
      return typeof key === 'string' && Object.hasOwn(node.fields, key) ? node.fields[key] : undefined
    case 'map':
      return node.values
    case 'list':
      return typeof key === 'number' ? node.items : undefined
    default:
      return undefined
  }
}

/** The node at `path` from `root` (the whole Canary by default), resolving list indexes and map keys. */
export function nodeAt(path: FieldPath, root: FieldNode = canaryNode): FieldNode | undefined {
  let node: FieldNode | undefined = root
  for (const key of path) {
    if (node === undefined) return undefined
    node = childNode(node, key)
  }
  return node
}

function typeName(node: FieldNode): string {
  switch (node.kind) {
    case 'string':
      return node.format === 'duration'
        ? 'duration (Go)'
        : node.format === 'protobuf-duration'
          ? 'duration (Istio)'
          : 'string'
    case 'number':
      return node.integer ? 'integer' : 'number'
    case 'int-or-string':
      return 'integer or string'
    case 'object':
    case 'map':
      return 'mapping'
    default:
      return node.kind
  }
}

/** Markdown for one node: doc, then type/unit, default, bounds, enum, providers, deprecation. */
export function describeNode(node: FieldNode, doc: string = node.doc ?? ''): string {
  const facts: string[] = [`type: ${typeName(node)}${node.kind === 'number' && node.unit ? ` (${node.unit})` : ''}`]
  if (node.default !== undefined) facts.push(`default: \`${JSON.stringify(node.default)}\``)
  if (node.kind === 'number') {
    const min = node.minimum ?? node.rangeHint?.min
    const max = node.maximum ?? node.rangeHint?.max
    if (min !== undefined || max !== undefined) facts.push(`range: ${min ?? '…'}–${max ?? '…'}`)
  }
  if (node.kind === 'string' && node.enum)
    facts.push(`one of: ${node.enum.map((v) => `\`${v === '' ? '""' : v}\``).join(', ')}`)
  if (node.providers) facts.push(`providers: ${node.providers.join(', ')}`)
  const parts = [doc, facts.join(' · ')]
  if (node.deprecated) parts.push(`**Deprecated:** ${node.deprecated}`)
  return parts.filter((p) => p !== '').join('\n\n')
}

function catalogPathOf(path: FieldPath, root: FieldNode): string {
  const parts: (string | number)[] = []
  let node: FieldNode | undefined = root
  for (const key of path) {
    if (node?.kind === 'map') parts.push('*')
    else parts.push(typeof key === 'number' ? 0 : key)
    node = node === undefined ? undefined : childNode(node, key)
  }
  return formatPath(parts).replaceAll('[0]', '[]')
}

/** Node and docs for any path of a Canary document (list indexes and map keys resolved); undefined when unknown. */
export function fieldAt(path: FieldPath, root: FieldNode = canaryNode): FieldInfo | undefined {
  const node = nodeAt(path, root)
  if (node === undefined) return undefined
  const parent = path.length > 0 ? nodeAt(path.slice(0, -1), root) : undefined
  const last = path[path.length - 1]
  const inherited = parent && (parent.kind === 'list' || parent.kind === 'map') ? parent : undefined
  const doc = node.doc ?? inherited?.doc ?? ''
  const label = node.label ?? (typeof last === 'string' ? last : (inherited?.label ?? String(last ?? '')))
  const providers = node.providers ?? inherited?.providers
  return {
    node,
    path,
    catalogPath: catalogPathOf(path, root),
    label,
    doc,
    ...(providers ? { providers } : {}),
    markdown: describeNode(node, doc),
  }
}
