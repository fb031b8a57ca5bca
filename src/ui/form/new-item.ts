import type { FieldNode } from '../../core/catalog/dsl.ts'

/** A list label in the singular, lower case: "Webhooks" → "webhook", "Step weights" → "step weight". */
export function singular(label: string): string {
  const lower = label.toLowerCase()
  return lower.endsWith('es') && /(ch|sh|x)es$/.test(lower) ? lower.slice(0, -2) : lower.replace(/s$/, '')
}

/**
 * The value a new list item starts from: its required keys filled (a name numbered after the list, else the
 * catalog's example or default), so the item is visible and the diagnostics say what is still missing.
 */
export function newItemValue(node: FieldNode, name: string): unknown {
  if (node.example !== undefined) return node.example
  if (node.default !== undefined) return node.default
  switch (node.kind) {
    case 'object': {
      const item: Record<string, unknown> = {}
      for (const key of node.required ?? []) {
        const child = node.fields[key]
        if (child) item[key] = key === 'name' ? name : newItemValue(child, name)
      }
      return item
    }
    case 'list':
      return []
    case 'map':
      return {}
    case 'number':
      return node.minimum ?? 0
    case 'boolean':
      return false
    default:
      return ''
  }
}
