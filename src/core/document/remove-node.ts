import { isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import type { FieldPath } from '../diagnostic.ts'
import {
  afterKey,
  columnOf,
  deeperCommentsEnd,
  lineAfter,
  startOf,
  startsItsLine,
  NEEDS_FALLBACK,
  type EditContext,
  type SpliceResult,
} from './edit-context.ts'
import { pairEnd } from './insert-pair.ts'
import { itemChunks, removeItem, removeLines } from './seq-edits.ts'
import { spliceSet } from './set-value.ts'
import { lineStartAt } from './text-lines.ts'
import { walkPath } from './yaml-path.ts'

/** Nothing to do: the path is already absent. */
export const UNCHANGED = { from: 0, to: 0, insert: '' } as const

/** Past a pair's lines, with the comment lines right below it that sit deeper than its key (they are inside it). */
function pairLinesEnd(ctx: EditContext, pair: Pair): number {
  return deeperCommentsEnd(ctx, lineAfter(ctx, pairEnd(ctx, pair)), columnOf(ctx, startOf(ctx, pair.key as Node)))
}

function removePair(ctx: EditContext, map: YAMLMap, index: number): SpliceResult {
  const pair = map.items[index]
  if (!pair) return UNCHANGED
  const keyStart = startOf(ctx, pair.key as Node)
  if (!startsItsLine(ctx, keyStart)) {
    const next = map.items[index + 1]
    const nextStart = next ? startOf(ctx, next.key as Node) : -1
    if (
      next &&
      startsItsLine(ctx, nextStart) &&
      lineStartAt(ctx.lines, nextStart) === lineAfter(ctx, pairEnd(ctx, pair))
    ) {
      // `- name: a` directly followed by the next key: that key moves up onto the dash's line.
      return { from: keyStart, to: nextStart, insert: '' }
    }
    // Comments or blank lines follow: keep them and leave the dash on a line of its own (`-`).
    let from = keyStart
    while (from > 0 && ctx.text[from - 1] === ' ') from--
    return { from, to: pairEnd(ctx, pair), insert: '' }
  }
  return removeLines(ctx, lineStartAt(ctx.lines, keyStart), pairLinesEnd(ctx, pair))
}

/** The lines [from, to) of a block collection's only entry (a list item's own comments included). */
function onlyEntryLines(ctx: EditContext, collection: YAMLMap | YAMLSeq): { from: number; to: number } | undefined {
  if (isSeq(collection)) return itemChunks(ctx, collection)?.[0]
  const pair = collection.items[0]
  if (!pair) return undefined
  const keyStart = startOf(ctx, pair.key as Node)
  return { from: lineStartAt(ctx.lines, keyStart), to: pairLinesEnd(ctx, pair) }
}

/**
 * Removes the only entry of a block collection under a key, leaving `key: []` (or `{}`) from which the next add
 * works. The lines between the key and the entry (the collection's own header comments) stay.
 */
function emptyUnderKey(ctx: EditContext, keyPair: Pair, collection: YAMLMap | YAMLSeq): SpliceResult {
  const entry = onlyEntryLines(ctx, collection)
  const { colon, comment } = afterKey(ctx, keyPair)
  const header = lineAfter(ctx, colon + 1)
  if (!entry || entry.from < header) return NEEDS_FALLBACK
  const empty = isSeq(collection) ? '[]' : '{}'
  let insert = ` ${empty}${comment ? ` ${comment}` : ''}${ctx.eol}${ctx.text.slice(header, entry.from)}`
  if (entry.to >= ctx.text.length && !ctx.text.endsWith('\n')) insert = insert.replace(/\r?\n$/, '')
  return { from: colon + 1, to: entry.to, insert }
}

/** The splice removing `path` with its own lines (a list item's comments too); an emptied parent becomes `[]` or `{}`. */
export function spliceRemove(ctx: EditContext, path: FieldPath): SpliceResult {
  const walk = walkPath(ctx.doc, path)
  if (walk.blocked === 'alias' || walk.throughFlow) return NEEDS_FALLBACK
  if (!walk.complete) return UNCHANGED
  const last = walk.steps[walk.steps.length - 1]
  if (!last) return { error: 'the whole document cannot be removed' }
  const parent: YAMLMap | YAMLSeq = last.parent
  if (parent.items.length === 1 && path.length > 1) {
    const keyPair = walk.steps[walk.steps.length - 2]?.pair
    if (keyPair && !parent.flow) return emptyUnderKey(ctx, keyPair, parent)
    return spliceSet(ctx, path.slice(0, -1), isSeq(parent) ? [] : {})
  }
  if (isSeq(parent)) return removeItem(ctx, parent, last.position)
  return removePair(ctx, parent, last.position)
}
