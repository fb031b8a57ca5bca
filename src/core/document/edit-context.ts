import { isCollection, isMap, isSeq, type Document, type Node, type Pair } from 'yaml'
import { defaultLayout, type Layout } from './emit-block.ts'
import type { ParseState } from './parse-state.ts'
import { lastContentNode, trimEnd } from './yaml-path.ts'
import { detectEol, indentOf, lineStartAt, nextLineStartAt, type LineIndex } from './text-lines.ts'

/** Everything an edit needs: the user's text, the parse, the edited document and the file's conventions. */
export interface EditContext {
  readonly text: string
  readonly lines: LineIndex
  readonly state: ParseState
  readonly doc: Document.Parsed
  readonly eol: '\n' | '\r\n'
  readonly layout: Layout
}

/** One replacement of the user's text: [from, to) becomes `insert`. */
export interface Splice {
  readonly from: number
  readonly to: number
  readonly insert: string
}

/** The edit could not be made by source spans; the caller falls back to re-serialising the document. */
export const NEEDS_FALLBACK = Symbol('needs structured fallback')

/** An edit step's outcome: a splice, a refusal with a message, or a request for the structured fallback. */
export type SpliceResult = Splice | { readonly error: string } | typeof NEEDS_FALLBACK

/** Offset in the user's text where a node starts. */
export function startOf(ctx: EditContext, node: Node): number {
  return ctx.state.toOriginal(node.range?.[0] ?? 0)
}

/** Offset in the user's text just past a node's last content character (comments and line breaks excluded). */
export function contentEndOf(ctx: EditContext, node: Node): number {
  return trimEnd(ctx.text, ctx.state.toOriginal(lastContentNode(node).range?.[1] ?? 0))
}

/** 0-based column of an offset. */
export function columnOf(ctx: EditContext, offset: number): number {
  return offset - lineStartAt(ctx.lines, offset)
}

/** Offset of the line after the one holding the content that ends at `end`. */
export function lineAfter(ctx: EditContext, end: number): number {
  return nextLineStartAt(ctx.lines, Math.max(0, end - 1))
}

/** True when only blanks precede `offset` on its line. */
export function startsItsLine(ctx: EditContext, offset: number): boolean {
  return ctx.text.slice(lineStartAt(ctx.lines, offset), offset).trim() === ''
}

/** Where the comment lines directly above `lineStart` begin (no blank line between, only at `column` when given), not above `floor`. */
export function leadingCommentsStart(ctx: EditContext, lineStart: number, floor: number, column?: number): number {
  let start = lineStart
  while (start > floor) {
    const prev = lineStartAt(ctx.lines, start - 1)
    const line = ctx.text.slice(prev, start)
    if (prev < floor || !line.trimStart().startsWith('#')) break
    if (column !== undefined && indentOf(line) !== column) break
    start = prev
  }
  return start
}

/** Past the comment lines from `lineStart` on (blank lines may sit between) indented deeper than `column`. */
export function deeperCommentsEnd(ctx: EditContext, lineStart: number, column: number): number {
  let end = lineStart
  for (let at = lineStart; at < ctx.text.length;) {
    const next = nextLineStartAt(ctx.lines, at)
    const line = ctx.text.slice(at, next)
    if (line.trim() !== '') {
      if (!line.trimStart().startsWith('#') || indentOf(line) <= column) break
      end = next
    }
    at = next
  }
  return end
}

/** The colon after a pair's key, and the comment that follows it on that line (if any). */
export function afterKey(ctx: EditContext, pair: Pair): { colon: number; blanksEnd: number; comment: string } {
  const colon = ctx.text.indexOf(':', ctx.state.toOriginal((pair.key as Node).range?.[1] ?? 0))
  let blanksEnd = colon + 1
  while (ctx.text[blanksEnd] === ' ' || ctx.text[blanksEnd] === '\t') blanksEnd++
  const lineEnd = ctx.text.slice(blanksEnd).search(/\r?\n|$/) + blanksEnd
  const rest = ctx.text.slice(blanksEnd, lineEnd).trimEnd()
  // A comment may also follow a block scalar's header (`key: |- # note`); it belongs to the key's line.
  const comment = rest.startsWith('#') ? rest : (/^[|>][-+0-9]*\s+(#.*)$/.exec(rest)?.[1] ?? '')
  return { colon, blanksEnd, comment }
}

/** A splice inserting whole lines at a line start (or at the very end of a file without a final line break). */
export function insertLines(ctx: EditContext, at: number, lines: readonly string[]): Splice {
  const body = lines.join(ctx.eol)
  if (at >= ctx.text.length && ctx.text !== '' && !ctx.text.endsWith('\n'))
    return { from: at, to: at, insert: ctx.eol + body }
  return { from: at, to: at, insert: body + ctx.eol }
}

function firstNested(
  root: Node | null,
  test: (parentColumn: number, child: Node, ctx: EditContext) => number | undefined,
  ctx: EditContext,
): number | undefined {
  const queue: Node[] = root ? [root] : []
  for (let seen = 0; seen < 300 && queue.length > 0; seen++) {
    const node = queue.shift()
    if (!isMap(node) || node.flow) {
      if (isSeq(node) && !node.flow) queue.push(...(node.items as Node[]))
      continue
    }
    for (const pair of node.items) {
      const value = pair.value as Node | null
      if (!isCollection(value) || value.flow) continue
      const found = test(columnOf(ctx, startOf(ctx, pair.key as Node)), value, ctx)
      if (found !== undefined) return found
      queue.push(value)
    }
  }
  return undefined
}

/** Reads the file's indentation step and list style from its first nested mapping and list. */
export function detectLayout(ctx: Omit<EditContext, 'layout'>): Layout {
  const full = { ...ctx, layout: defaultLayout }
  const root = (ctx.doc.contents as Node | null) ?? null
  const step = firstNested(
    root,
    (col, child, c) => (isMap(child) ? columnOf(c, startOf(c, child)) - col : undefined),
    full,
  )
  const seq = firstNested(
    root,
    (col, child, c) => (isSeq(child) ? columnOf(c, startOf(c, child)) - col : undefined),
    full,
  )
  const indentStep = step !== undefined && step > 0 ? step : defaultLayout.indentStep
  return { indentStep, sequenceIndent: seq !== undefined && seq >= 0 ? seq : indentStep }
}

/** Builds the context of an edit on document `docIndex` of a parse. */
export function createContext(state: ParseState, docIndex: number): EditContext | undefined {
  const doc = state.docs[docIndex]
  if (!doc) return undefined
  const base = { text: state.lines.text, lines: state.lines, state, doc, eol: detectEol(state.lines.text) }
  return { ...base, layout: detectLayout(base) }
}

/** Indentation (in spaces) of the line holding `offset`. */
export function lineIndentAt(ctx: EditContext, offset: number): number {
  const start = lineStartAt(ctx.lines, offset)
  return indentOf(ctx.text.slice(start, nextLineStartAt(ctx.lines, offset)))
}
