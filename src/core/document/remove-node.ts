import { isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml'
import type { FieldPath } from '../diagnostic.ts'
import {
  lineAfter,
  startOf,
  startsItsLine,
  NEEDS_FALLBACK,
  type EditContext,
  type SpliceResult,
} from './edit-context.ts'
import { pairEnd } from './insert-pair.ts'
import { removeItem, removeLines } from './seq-edits.ts'
import { spliceSet } from './set-value.ts'
import { lineStartAt } from './text-lines.ts'
import { walkPath } from './yaml-path.ts'

/** Nothing to do: the path is already absent. */
export const UNCHANGED = { from: 0, to: 0, insert: '' } as const

function removePair(ctx: EditContext, map: YAMLMap, index: number): SpliceResult {
  const pair = map.items[index]
  if (!pair) return UNCHANGED
  const keyStart = startOf(ctx, pair.key as Node)
  if (!startsItsLine(ctx, keyStart)) {
    // `- name: a` with more keys below: the next key moves up onto the dash's line.
    const next = map.items[index + 1]
    if (!next || !startsItsLine(ctx, startOf(ctx, next.key as Node))) return NEEDS_FALLBACK
    return { from: keyStart, to: startOf(ctx, next.key as Node), insert: '' }
  }
  return removeLines(ctx, lineStartAt(ctx.lines, keyStart), lineAfter(ctx, pairEnd(ctx, pair)))
}

/** The splice removing `path` with its own lines; comments above it stay, an emptied parent becomes `{}` or `[]`. */
export function spliceRemove(ctx: EditContext, path: FieldPath): SpliceResult {
  const walk = walkPath(ctx.doc, path)
  if (walk.blocked === 'alias' || walk.throughFlow) return NEEDS_FALLBACK
  if (!walk.complete) return UNCHANGED
  const last = walk.steps[walk.steps.length - 1]
  if (!last) return { error: 'the whole document cannot be removed' }
  const parent: YAMLMap | YAMLSeq = last.parent
  if (parent.items.length === 1 && path.length > 1) return spliceSet(ctx, path.slice(0, -1), isSeq(parent) ? [] : {})
  if (isSeq(parent)) return removeItem(ctx, parent, last.position)
  return removePair(ctx, parent, last.position)
}
