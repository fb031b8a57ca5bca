import type { FieldNode } from '../../core/catalog/dsl.ts'

/** The children of one object, split the way the form shows them. */
export interface FieldGroups {
  /** Fields Istio reads, shown at once. */
  readonly main: readonly (readonly [string, FieldNode])[]
  /** Fields Istio reads that the catalog marks advanced, collapsed under "Advanced". */
  readonly advanced: readonly (readonly [string, FieldNode])[]
  /** Fields only other providers read, collapsed under "Other providers". */
  readonly otherProviders: readonly (readonly [string, FieldNode])[]
}

/** Whether Flagger's Istio router reads the field (the catalog's `providers`; absent means every provider). */
export const isReadByIstio = (node: FieldNode): boolean => !node.providers || node.providers.includes('istio')

/** Splits fields into Istio main, Istio advanced and other providers, keeping catalog order in each. */
export function groupFields(fields: readonly (readonly [string, FieldNode])[]): FieldGroups {
  const main: (readonly [string, FieldNode])[] = []
  const advanced: (readonly [string, FieldNode])[] = []
  const otherProviders: (readonly [string, FieldNode])[] = []
  for (const entry of fields) {
    const [, node] = entry
    if (!isReadByIstio(node)) otherProviders.push(entry)
    else if (node.advanced || node.deprecated) advanced.push(entry)
    else main.push(entry)
  }
  return { main, advanced, otherProviders }
}

/** Whether an object node is a string match (exactly one of exact / prefix / suffix / regex). */
export function isStringMatch(node: FieldNode): boolean {
  if (node.kind !== 'object') return false
  const keys = Object.keys(node.fields)
  return keys.length > 0 && keys.every((k) => ['exact', 'prefix', 'suffix', 'regex'].includes(k))
}

/** Every path under `node` the form can reach, as catalog paths ('[]' for list items, '*' for map values). */
export function reachablePaths(node: FieldNode, prefix: string): string[] {
  switch (node.kind) {
    case 'object':
      return [prefix, ...Object.entries(node.fields).flatMap(([k, n]) => reachablePaths(n, `${prefix}.${k}`))]
    case 'list':
      return [prefix, ...reachablePaths(node.items, `${prefix}[]`)]
    case 'map':
      return [prefix, ...reachablePaths(node.values, `${prefix}.*`)]
    default:
      return [prefix]
  }
}
