import { fieldAt } from '../../core/catalog/field-docs.ts'
import type { FieldPath } from '../../core/diagnostic.ts'

/** The plain value at `path` in `data`, or undefined when any step is missing. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string | number, unknown>)[part]
  }
  return value
}

const acronyms: Record<string, string> = {
  api: 'API',
  url: 'URL',
  tls: 'TLS',
  uri: 'URI',
  cors: 'CORS',
  http: 'HTTP',
  sni: 'SNI',
}

/** The label a field shows: the catalog's label, else its key spelled out ("targetPort" → "Target port"). */
export function labelOf(path: FieldPath): string {
  const info = fieldAt(path)
  if (info?.node.label) return info.node.label
  const key = String(path.at(-1) ?? '')
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => acronyms[w] ?? w)
    .join(' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
