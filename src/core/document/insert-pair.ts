import type { Node, Pair, YAMLMap } from 'yaml'
import type { FieldPath } from '../diagnostic.ts'
import { pairLines } from './emit-block.ts'
import {
  columnOf,
  contentEndOf,
  insertLines,
  leadingCommentsStart,
  lineAfter,
  startOf,
  startsItsLine,
  type EditContext,
  type Splice,
} from './edit-context.ts'
import { catalogKeyOrder } from './key-order.ts'
import { lineStartAt } from './text-lines.ts'
import { keyText } from './yaml-path.ts'

/** Offset just past a pair's last content character. */
export function pairEnd(ctx: EditContext, pair: Pair): number {
  const value = pair.value as Node | null
  const hasValue = value !== null && (value.range?.[1] ?? 0) > (value.range?.[0] ?? 0)
  return hasValue
    ? Math.max(contentEndOf(ctx, value), ctx.state.toOriginal((pair.key as Node).range?.[1] ?? 0))
    : contentEndOf(ctx, pair.key as Node)
}

/** Where the lines of a pair begin, its own leading comments included (never above the previous pair). */
export function pairStart(ctx: EditContext, map: YAMLMap, index: number): number {
  const keyStart = startOf(ctx, map.items[index]?.key as Node)
  const previous = map.items[index - 1]
  const floor = previous ? lineAfter(ctx, pairEnd(ctx, previous)) : 0
  return leadingCommentsStart(ctx, lineStartAt(ctx.lines, keyStart), floor)
}

type Placement = { readonly before: number } | { readonly after: number }

/** Where a new key goes: in the catalog's field order among known siblings, else after the map's last pair. */
function placeKey(map: YAMLMap, key: string, mapPath: FieldPath): Placement {
  const order = catalogKeyOrder(mapPath)
  const rank = order.indexOf(key)
  const last = { after: map.items.length - 1 }
  if (rank < 0) return last
  const ranks = map.items.map((p) => order.indexOf(keyText(p) ?? ''))
  const next = ranks.findIndex((r) => r > rank)
  if (next >= 0) return { before: next }
  const lastKnown = ranks.reduce((found, r, i) => (r >= 0 ? i : found), -1)
  return lastKnown >= 0 ? { after: lastKnown } : last
}

/** Inserts `key: value` lines into a block map at its keys' column. */
export function insertPair(ctx: EditContext, map: YAMLMap, key: string, value: unknown, mapPath: FieldPath): Splice {
  const firstKey = map.items[0]?.key as Node
  const column = columnOf(ctx, startOf(ctx, firstKey))
  const lines = pairLines(key, value, column, ctx.layout)
  const placement = placeKey(map, key, mapPath)
  if ('after' in placement) {
    const pair = map.items[placement.after] as Pair
    return insertLines(ctx, lineAfter(ctx, pairEnd(ctx, pair)), lines)
  }
  const keyStart = startOf(ctx, map.items[placement.before]?.key as Node)
  if (!startsItsLine(ctx, keyStart)) {
    // The first key of a list item shares the dash's line: the new pair takes its place and it moves down.
    const insert = [(lines[0] ?? '').slice(column), ...lines.slice(1)].join(ctx.eol) + ctx.eol + ' '.repeat(column)
    return { from: keyStart, to: keyStart, insert }
  }
  return insertLines(ctx, pairStart(ctx, map, placement.before), lines)
}
