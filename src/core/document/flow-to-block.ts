import { isCollection } from 'yaml'
import { formatPath } from '../diagnostic.ts'
import { contentEndOf, startOf, NEEDS_FALLBACK, type EditContext, type SpliceResult } from './edit-context.ts'
import { spliceSet } from './set-value.ts'
import type { Edit } from './types.ts'
import { editedData, valueAt } from './verify-edit.ts'
import { walkPath } from './yaml-path.ts'

// A flow collection (`[]`, `{}`, `- {name: a}`) has no lines to splice an entry into. Rather than re-serialise the
// whole document, the outermost flow collection the edit goes into is rewritten, with the edit made, in block
// style at its own place: only that node's text changes, and what the edit writes is block style as elsewhere.

/** How deep the collection an edit changes sits: a set or remove changes its parent, an insert or move the list. */
function editedDepth(edit: Edit): number {
  return edit.kind === 'insert' || edit.kind === 'move' ? edit.path.length : edit.path.length - 1
}

/** True when a flow node's text may hold a comment (a `#` after a blank), which a rewrite would lose. */
function mayHoldComment(text: string): boolean {
  return /\s#/.test(text)
}

/** A refusal when a set or insert names a list index past the end of its list (a new list starts at [0]). */
function indexPastEnd(data: unknown, edit: Edit): { error: string } | undefined {
  if (edit.kind !== 'set' && edit.kind !== 'insert') return undefined
  let node: unknown = data
  for (const [i, part] of edit.path.entries()) {
    const length = Array.isArray(node) ? node.length : 0
    if (typeof part === 'number' && part > length)
      return { error: `${formatPath(edit.path.slice(0, i + 1))} does not exist: the list has ${length} items` }
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[part] : undefined
  }
  return undefined
}

/**
 * The splice making `edit` by rewriting the outermost flow collection it goes into as block YAML; NEEDS_FALLBACK
 * when the edit goes into none, or that collection holds a comment. `data` is the edited document's plain data.
 */
export function spliceThroughFlow(ctx: EditContext, edit: Edit, data: unknown): SpliceResult {
  const walk = walkPath(ctx.doc, edit.path)
  if (walk.blocked === 'alias') return NEEDS_FALLBACK
  const depth = Math.min(editedDepth(edit), walk.steps.length)
  const index = walk.steps.slice(0, depth).findIndex((s) => isCollection(s.node) && s.node.flow)
  const node = walk.steps[index]?.node
  if (index < 0 || !node) return NEEDS_FALLBACK
  if (mayHoldComment(ctx.text.slice(startOf(ctx, node), contentEndOf(ctx, node)))) return NEEDS_FALLBACK
  const pastEnd = indexPastEnd(data, edit)
  if (pastEnd) return pastEnd
  const flowPath = edit.path.slice(0, index + 1)
  return spliceSet(ctx, flowPath, valueAt(editedData(data, edit), flowPath))
}
