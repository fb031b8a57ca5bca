import type { FieldNode } from '../../core/catalog/dsl.ts'
import type { FieldPath } from '../../core/diagnostic.ts'

/** The catalog node describing the value at `path` (list indexes and map keys step into items and values). */
export function nodeAt(root: FieldNode, path: FieldPath): FieldNode | undefined {
  let node: FieldNode | undefined = root
  for (const part of path) {
    if (!node) return undefined
    if (node.kind === 'object') node = typeof part === 'string' ? node.fields[part] : undefined
    else if (node.kind === 'list') node = typeof part === 'number' ? node.items : undefined
    else if (node.kind === 'map') node = typeof part === 'string' ? node.values : undefined
    else return undefined
  }
  return node
}

/** The plain value at `path` in `data`, or undefined when any step is missing. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[part]
  }
  return value
}

const acronyms: Record<string, string> = { api: 'API', url: 'URL', tls: 'TLS', uri: 'URI', cors: 'CORS', http: 'HTTP', sni: 'SNI' }

/** The label a field shows: the catalog's label, else its key spelled out ("targetPort" → "Target port"). */
export function labelOf(node: FieldNode, path: FieldPath): string {
  if (node.label) return node.label
  const key = String(path.at(-1) ?? '')
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => acronyms[w] ?? w)
    .join(' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
