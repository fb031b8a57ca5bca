import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import type { FieldPath } from '../diagnostic.ts'

/** One resolved step of a path: the collection it is in, its pair when that is a map, and its value node. */
export interface PathStep {
  readonly parent: YAMLMap | YAMLSeq
  /** Index of the pair or item inside the parent. */
  readonly position: number
  readonly pair: Pair | undefined
  /** The value node; null for an empty value (`key:`). */
  readonly node: Node | null
}

/** How far a path resolves in a document's tree. */
export interface PathWalk {
  /** Resolved steps, one per resolved path part. */
  readonly steps: readonly PathStep[]
  /** The document's root node (null when the document is empty). */
  readonly root: Node | null
  /** True when every part resolved. */
  readonly complete: boolean
  /** Why the walk stopped early, when it is not a plain missing key or index. */
  readonly blocked?: 'alias' | 'scalar'
  /** True when a flow collection (`{…}`, `[…]`) holds a resolved step. */
  readonly throughFlow: boolean
}

/** The string a map key reads as (keys are compared as `toJS` would stringify them). */
export function keyText(pair: Pair): string | undefined {
  const key: unknown = pair.key
  if (isScalar(key)) return String(key.value)
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined
}

function findPair(map: YAMLMap, key: string): number {
  // Kubernetes keeps the last of duplicate keys; uniqueKeys reports them, so the first is as good as any here.
  return map.items.findIndex((p) => keyText(p) === key)
}

/** Resolves `path` step by step from the document root. */
export function walkPath(doc: Document.Parsed, path: FieldPath): PathWalk {
  const root = (doc.contents as Node | null) ?? null
  const steps: PathStep[] = []
  let node: Node | null = root
  let throughFlow = false
  for (const part of path) {
    if (isAlias(node)) return { steps, root, complete: false, blocked: 'alias', throughFlow }
    if (!isCollection(node))
      return {
        steps,
        root,
        complete: false,
        blocked: isScalar(node) && node.value !== null ? 'scalar' : undefined,
        throughFlow,
      }
    if (node.flow) throughFlow = true
    if (isMap(node)) {
      const position = findPair(node, String(part))
      const pair = node.items[position]
      if (!pair) return { steps, root, complete: false, throughFlow }
      steps.push({ parent: node, position, pair, node: (pair.value as Node | null) ?? null })
      node = (pair.value as Node | null) ?? null
    } else if (isSeq(node)) {
      const item = typeof part === 'number' ? (node.items[part] as Node | undefined) : undefined
      if (item === undefined) return { steps, root, complete: false, throughFlow }
      steps.push({ parent: node, position: part as number, pair: undefined, node: item })
      node = item
    }
  }
  return { steps, root, complete: true, throughFlow }
}

/** The node whose end is the last content of `node`: for a block collection, that of its last entry. */
export function lastContentNode(node: Node): Node {
  let last: Node = node
  for (;;) {
    if (!isCollection(last) || last.flow) return last
    const item: unknown = last.items[last.items.length - 1]
    if (item === undefined) return last
    if (!isPair(item)) last = item as Node
    else {
      const value = item.value as Node | null
      const hasValue = value !== null && (value.range?.[1] ?? 0) > (value.range?.[0] ?? 0)
      last = hasValue ? value : (item.key as Node)
    }
  }
}

/** `end` moved back over blanks and line breaks (block scalars end after their last line break). */
export function trimEnd(text: string, end: number): number {
  let at = end
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--
  return at
}
