import { canaryNode } from '../catalog/canary-fields.ts'
import type { FieldNode } from '../catalog/dsl.ts'
import type { FieldPath } from '../diagnostic.ts'

/** The catalog node describing the value at `path` of a Canary, or undefined for fields the catalog does not know. */
export function catalogNodeAt(path: FieldPath): FieldNode | undefined {
  let node: FieldNode | undefined = canaryNode
  for (const part of path) {
    if (!node) return undefined
    if (node.kind === 'object') node = node.fields[String(part)]
    else if (node.kind === 'map') node = node.values
    else if (node.kind === 'list') node = typeof part === 'number' ? node.items : undefined
    else return undefined
  }
  return node
}

/** The catalog's key order of the object at `path` (empty for maps and unknown objects). */
export function catalogKeyOrder(path: FieldPath): readonly string[] {
  const node = catalogNodeAt(path)
  return node?.kind === 'object' ? Object.keys(node.fields) : []
}
