import type { Node, YAMLSeq } from 'yaml'
import { itemLines } from './emit-block.ts'
import {
  columnOf,
  contentEndOf,
  deeperCommentsEnd,
  insertLines,
  leadingCommentsStart,
  lineAfter,
  startOf,
  NEEDS_FALLBACK,
  type EditContext,
  type Splice,
  type SpliceResult,
} from './edit-context.ts'
import { lineStartAt } from './text-lines.ts'

/** Offset of the dash introducing a list item, or undefined when the dash shares its line with other content. */
export function dashOf(ctx: EditContext, item: Node): number | undefined {
  const start = startOf(ctx, item)
  const dash = ctx.text.lastIndexOf('-', start - 1)
  if (dash < 0) return undefined
  // Between the dash and the value only blanks, a line break or node properties (&anchor, !tag) may sit.
  if (!/^\s*([&!]\S*\s+)*$/.test(ctx.text.slice(dash + 1, start))) return undefined
  return ctx.text.slice(lineStartAt(ctx.lines, dash), dash).trim() === '' ? dash : undefined
}

/** Offset just past an item's last content character (its dash for an empty item). */
function itemEnd(ctx: EditContext, item: Node, dash: number): number {
  const hasValue = (item.range?.[1] ?? 0) > (item.range?.[0] ?? 0)
  return hasValue ? contentEndOf(ctx, item) : dash + 1
}

/**
 * Each item's lines [from, to): the comment lines directly above its dash at the dash's column, its dash line,
 * its content lines and the comment lines after it indented deeper than the dash. Those comments are the item's
 * own: they go when it is removed and move when it moves.
 */
export function itemChunks(ctx: EditContext, seq: YAMLSeq): { from: number; to: number }[] | undefined {
  const chunks: { from: number; to: number }[] = []
  for (const item of seq.items as Node[]) {
    const dash = dashOf(ctx, item)
    if (dash === undefined) return undefined
    const column = columnOf(ctx, dash)
    const floor = chunks[chunks.length - 1]?.to ?? 0
    chunks.push({
      from: leadingCommentsStart(ctx, lineStartAt(ctx.lines, dash), floor, column),
      to: deeperCommentsEnd(ctx, lineAfter(ctx, itemEnd(ctx, item, dash)), column),
    })
  }
  return chunks
}

/** Inserts a new item before item `index` (or after the last item when index is the length). */
export function insertItem(ctx: EditContext, seq: YAMLSeq, index: number, value: unknown): SpliceResult {
  const chunks = itemChunks(ctx, seq)
  const firstDash = seq.items[0] === undefined ? undefined : dashOf(ctx, seq.items[0] as Node)
  if (!chunks || firstDash === undefined) return NEEDS_FALLBACK
  const lines = itemLines(value, columnOf(ctx, firstDash), ctx.layout)
  const at = index < chunks.length ? chunks[index]?.from : chunks[chunks.length - 1]?.to
  return insertLines(ctx, at ?? ctx.text.length, lines)
}

/** Deletes [from, to) of whole lines; at the end of a file without a final line break the one before goes too. */
export function removeLines(ctx: EditContext, from: number, to: number): Splice {
  if (to >= ctx.text.length && !ctx.text.endsWith('\n') && from > 0) {
    const eolStart = ctx.text[from - 2] === '\r' ? from - 2 : from - 1
    return { from: eolStart, to, insert: '' }
  }
  return { from, to, insert: '' }
}

/** Removes item `index` with its own lines and comments (see itemChunks). */
export function removeItem(ctx: EditContext, seq: YAMLSeq, index: number): SpliceResult {
  const chunk = itemChunks(ctx, seq)?.[index]
  return chunk ? removeLines(ctx, chunk.from, chunk.to) : NEEDS_FALLBACK
}

/** Moves item `from` to index `to` (splice semantics), moving each item's lines verbatim. */
export function moveItem(ctx: EditContext, seq: YAMLSeq, from: number, to: number): SpliceResult {
  const chunks = itemChunks(ctx, seq)
  if (!chunks) return NEEDS_FALLBACK
  const first = chunks[0]
  const last = chunks[chunks.length - 1]
  if (!first || !last) return NEEDS_FALLBACK
  // Items' texts end with a line break except perhaps the file's last line; give every chunk one while moving.
  const texts = chunks.map((c) => {
    const t = ctx.text.slice(c.from, c.to)
    return t.endsWith('\n') ? t : t + ctx.eol
  })
  const gaps = chunks.slice(1).map((c, i) => ctx.text.slice(chunks[i]?.to ?? 0, c.from))
  const order = texts.map((_, i) => i)
  const [moved] = order.splice(from, 1)
  order.splice(to, 0, moved ?? from)
  let region = order.map((i, k) => (texts[i] ?? '') + (gaps[k] ?? '')).join('')
  if (!ctx.text.slice(first.from, last.to).endsWith('\n')) region = region.slice(0, -ctx.eol.length)
  return { from: first.from, to: last.to, insert: region }
}
