import type { FieldNode } from '../../core/catalog/dsl.ts'
import { nodeAt } from '../../core/catalog/field-docs.ts'
import type { FieldPath } from '../../core/diagnostic.ts'

/** A titled group of form fields: the catalog children of `root` that `pick` keeps (all when absent). */
export interface FormSection {
  readonly id: string
  readonly title: string
  readonly root: FieldPath
  readonly pick?: (key: string, node: FieldNode) => boolean
}

const isRef = (key: string, node: FieldNode) => node.kind === 'object' && key.endsWith('Ref')
const isSubtree = (key: string) => key === 'service' || key === 'analysis'

// Sections name subtrees of the catalog, never single fields: a field added to the catalog shows up by itself.
export const formSections: readonly FormSection[] = [
  { id: 'metadata', title: 'Canary', root: ['metadata'] },
  { id: 'target', title: 'Target & autoscaler', root: ['spec'], pick: isRef },
  { id: 'service', title: 'Service', root: ['spec', 'service'] },
  { id: 'analysis', title: 'Analysis', root: ['spec', 'analysis'] },
  { id: 'rollout', title: 'Rollout', root: ['spec'], pick: (key, node) => !isRef(key, node) && !isSubtree(key) },
]

/** The [key, node] children a section shows, in catalog order. */
export function sectionFields(section: FormSection): readonly (readonly [string, FieldNode])[] {
  const root = nodeAt(section.root)
  if (root?.kind !== 'object') return []
  return Object.entries(root.fields).filter(([key, node]) => section.pick?.(key, node) ?? true)
}
