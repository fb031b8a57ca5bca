import type { FieldNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { labelOf, valueAt } from './catalog-lookup.ts'
import { isStringMatch } from './field-groups.ts'
import { formSections, sectionFields } from './form-sections.ts'

/** A field the search can jump to: its path, the label the form shows and the path as text. */
export interface SearchableField {
  readonly path: FieldPath
  readonly label: string
  readonly pathText: string
}

function collect(node: FieldNode, path: FieldPath, data: unknown, out: SearchableField[]): void {
  out.push({ path, label: labelOf(path), pathText: formatPath(path) })
  if (node.kind === 'object' && !isStringMatch(node))
    for (const [key, child] of Object.entries(node.fields)) collect(child, [...path, key], data, out)
  if (node.kind === 'list' && node.items.kind === 'object') {
    // List items exist only as the document has them: webhooks[0].url, not a catalog pattern.
    const items = valueAt(data, path)
    if (Array.isArray(items)) items.forEach((_, i) => collect(node.items, [...path, i], data, out))
  }
}

/** Every field of the form's sections, in form order, with the document's list items expanded. */
export function searchableFields(data: unknown): readonly SearchableField[] {
  const out: SearchableField[] = []
  for (const section of formSections)
    for (const [key, node] of sectionFields(section)) collect(node, [...section.root, key], data, out)
  return out
}

/** How well a field matches the query (lower is better), undefined when it does not. */
function rank(field: SearchableField, query: string): number | undefined {
  const label = field.label.toLowerCase()
  const key = String(field.path.at(-1)).toLowerCase()
  const path = field.pathText.toLowerCase()
  if (key === query || label === query) return 0
  if (key.startsWith(query) || label.startsWith(query)) return 1
  if (label.includes(query) || key.includes(query)) return 2
  return path.includes(query) ? 3 : undefined
}

/** The fields a query (part of a name, a label or a path) finds, best first, then in form order. */
export function findFields(fields: readonly SearchableField[], query: string, limit = 8): readonly SearchableField[] {
  const q = query.trim().toLowerCase()
  if (q === '') return []
  return fields
    .map((field, order) => ({ field, order, rank: rank(field, q) }))
    .filter((r): r is typeof r & { rank: number } => r.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.field.path.length - b.field.path.length || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.field)
}
