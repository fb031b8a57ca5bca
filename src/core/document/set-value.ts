import { isAlias, isCollection, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml'
import { formatPath, type FieldPath } from '../diagnostic.ts'
import { blockLines, isInlineValue, renderInline, valueLinesAt } from './emit-block.ts'
import {
  afterKey,
  columnOf,
  contentEndOf,
  deeperCommentsEnd,
  insertLines,
  lineIndentAt,
  lineAfter,
  startOf,
  NEEDS_FALLBACK,
  type EditContext,
  type SpliceResult,
} from './edit-context.ts'
import { insertPair } from './insert-pair.ts'
import { blockLiteral, canBlockLiteral, doubleQuoted, renderInlineScalar } from './quoting.ts'
import { insertItem } from './seq-edits.ts'
import { walkPath, type PathStep } from './yaml-path.ts'

const isEmptyNode = (node: Node | null): boolean =>
  node === null || (isScalar(node) && node.value === null && (node.range?.[1] ?? 0) === (node.range?.[0] ?? 0))

/** The value that creates the missing part of a path: `{a: {b: value}}`, `[value]` for index 0. */
function nest(rest: FieldPath, value: unknown, at: FieldPath): unknown {
  let out = value
  for (let i = rest.length - 1; i >= 0; i--) {
    const part = rest[i]
    if (typeof part === 'number' && part !== 0)
      throw new RangeError(`${formatPath([...at, ...rest.slice(0, i + 1)])} does not exist: a new list starts at [0]`)
    out = typeof part === 'number' ? [out] : { [part as string]: out }
  }
  return out
}

/** Column where the children of a pair's block value go. */
function childColumn(ctx: EditContext, step: PathStep, value: unknown): number {
  const keyColumn = columnOf(ctx, startOf(ctx, step.pair?.key as Node))
  return keyColumn + (Array.isArray(value) ? ctx.layout.sequenceIndent : ctx.layout.indentStep)
}

/** Writes a value where there is none yet (`key:` or `-` with nothing after it). */
function writeIntoEmpty(ctx: EditContext, step: PathStep, value: unknown): SpliceResult {
  if (!step.pair) {
    const dash = ctx.text.lastIndexOf('-', startOf(ctx, step.node as Node))
    const lines = valueLinesAt(value, columnOf(ctx, dash) + 2, ctx.layout)
    return { from: dash + 1, to: dash + 1, insert: ' ' + lines.join(ctx.eol) }
  }
  const { colon, blanksEnd, comment } = afterKey(ctx, step.pair)
  if (isInlineValue(value))
    return { from: colon + 1, to: blanksEnd, insert: ` ${renderInline(value)}${comment ? ' ' : ''}` }
  return insertLines(ctx, lineAfter(ctx, colon + 1), blockLines(value, childColumn(ctx, step, value), ctx.layout))
}

/** Replaces a block collection, or puts a block value where an inline one was. */
function replaceWithBlock(ctx: EditContext, step: PathStep, node: Node, value: unknown): SpliceResult {
  const end = contentEndOf(ctx, node)
  if (!step.pair) {
    const start = startOf(ctx, node)
    return { from: start, to: end, insert: valueLinesAt(value, columnOf(ctx, start), ctx.layout).join(ctx.eol) }
  }
  const { colon, comment } = afterKey(ctx, step.pair)
  const sameKind = (isMap(node) && !Array.isArray(value)) || (isSeq(node) && Array.isArray(value))
  const column =
    isCollection(node) && !node.flow && sameKind ? columnOf(ctx, startOf(ctx, node)) : childColumn(ctx, step, value)
  const lines = blockLines(value, column, ctx.layout)
  return { from: colon + 1, to: end, insert: (comment ? ` ${comment}` : '') + ctx.eol + lines.join(ctx.eol) }
}

/** Past the blank lines from `at` on, when `at` is past `floor` (a header ends there); else `at`. */
function blankLinesEnd(ctx: EditContext, at: number, floor: number): number {
  let end = at
  for (let next = lineAfter(ctx, end + 1); end > floor && next > end; next = lineAfter(ctx, end + 1)) {
    if (ctx.text.slice(end, next).trim() !== '' || !ctx.text.slice(end, next).endsWith('\n')) break
    end = next
  }
  return end
}

/**
 * Replaces a flow collection under a key (`key: []`, `key: {a: 1}`) with block lines. A comment after it stays
 * on the key's line, and comment lines below it that sit deeper than the key (a header left by emptying the
 * list) stay above the new lines.
 */
function replaceFlowUnderKey(ctx: EditContext, pair: Pair, node: Node, value: unknown): SpliceResult {
  const end = contentEndOf(ctx, node)
  const below = lineAfter(ctx, end)
  const rest = ctx.text.slice(end, below).trim()
  if (rest !== '' && !rest.startsWith('#')) return NEEDS_FALLBACK
  const { colon } = afterKey(ctx, pair)
  const keyColumn = columnOf(ctx, startOf(ctx, pair.key as Node))
  // Blank lines after a header stay between it and the new lines, so the header does not become the first item's.
  const headerEnd = blankLinesEnd(ctx, deeperCommentsEnd(ctx, below, keyColumn), below)
  let header = ctx.text.slice(below, headerEnd)
  if (header !== '' && !header.endsWith('\n')) header += ctx.eol
  const column = keyColumn + (Array.isArray(value) ? ctx.layout.sequenceIndent : ctx.layout.indentStep)
  let insert = `${rest ? ` ${rest}` : ''}${ctx.eol}${header}${blockLines(value, column, ctx.layout).join(ctx.eol)}`
  // The lines end where the replaced text ended: with a line break unless the file ends there without one.
  if (below > end && (headerEnd < ctx.text.length || ctx.text.endsWith('\n'))) insert += ctx.eol
  return { from: colon + 1, to: Math.max(headerEnd, end), insert }
}

/** Replaces the value of a pair or item with an inline value, keeping a comment on the key's line. */
function replaceWithInline(ctx: EditContext, step: PathStep, node: Node, value: unknown): SpliceResult {
  const end = contentEndOf(ctx, node)
  if (!step.pair || (isScalar(node) && !isCollection(node))) {
    return { from: startOf(ctx, node), to: end, insert: renderInline(value) }
  }
  const { colon, comment } = afterKey(ctx, step.pair)
  return { from: colon + 1, to: end, insert: ` ${renderInline(value)}${comment ? ` ${comment}` : ''}` }
}

/** Indentation of a block scalar's first non-blank content line (or one step past its parent). */
function blockContentIndent(ctx: EditContext, node: Node, parentIndent: number | undefined): number {
  const end = contentEndOf(ctx, node)
  for (let at = lineAfter(ctx, startOf(ctx, node)); at < end; at = lineAfter(ctx, at + 1)) {
    const indent = lineIndentAt(ctx, at)
    if (ctx.text[at + indent] !== '\n' && ctx.text[at + indent] !== '\r') return indent
  }
  return (parentIndent ?? 0) + ctx.layout.indentStep
}

/** Replaces only a scalar's own span, keeping its quoting (or block style) when that can hold the new value. */
function replaceScalar(ctx: EditContext, step: PathStep, node: Node, value: unknown): SpliceResult {
  const style = isScalar(node) ? node.type : undefined
  let from = startOf(ctx, node)
  const to =
    style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED'
      ? contentEndOf(ctx, node)
      : ctx.state.toOriginal(node.range?.[1] ?? 0)
  // An explicit tag (`!!str 5`) describes the old value; it goes with it.
  const tag = /![^\s]*[ \t]+$/.exec(ctx.text.slice(Math.max(0, from - 64), from))
  if (tag && isScalar(node) && node.tag) from -= tag[0].length
  if (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED') {
    // A comment on the header line (`key: | # note`) is the user's: it stays on the key's line.
    const header = ctx.text.slice(startOf(ctx, node), lineAfter(ctx, startOf(ctx, node) + 1)).trimEnd()
    const comment = /\s(#.*)$/.exec(header)?.[1]
    const after = comment ? ` ${comment}` : ''
    const parentIndent = step.pair ? columnOf(ctx, startOf(ctx, step.pair.key as Node)) : undefined
    const literal =
      typeof value === 'string' && canBlockLiteral(value)
        ? blockLiteral(value, blockContentIndent(ctx, node, parentIndent), ctx.eol, parentIndent)
        : undefined
    if (literal !== undefined) return { from, to, insert: literal.replace(/^(\S*)/, `$1${after}`) }
    return { from, to, insert: renderInlineScalar(value) + after }
  }
  const keep = style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE' || style === 'PLAIN' ? style : undefined
  return { from, to, insert: renderInlineScalar(value, keep) }
}

function replaceExisting(ctx: EditContext, step: PathStep, value: unknown): SpliceResult {
  const node = step.node
  if (node === null || isEmptyNode(node)) return writeIntoEmpty(ctx, step, value)
  const isBlockCollection = isCollection(node) && !node.flow
  if (isInlineValue(value)) {
    if (isScalar(node)) return replaceScalar(ctx, step, node, value)
    return replaceWithInline(ctx, step, node, value)
  }
  if (!isBlockCollection && !isScalar(node) && !isAlias(node) && !isCollection(node)) return NEEDS_FALLBACK
  if (step.pair && isCollection(node) && node.flow) return replaceFlowUnderKey(ctx, step.pair, node, value)
  return replaceWithBlock(ctx, step, node, value)
}

function addMissing(
  ctx: EditContext,
  steps: readonly PathStep[],
  root: Node | null,
  path: FieldPath,
  value: unknown,
): SpliceResult {
  const k = steps.length
  const parentStep = steps[k - 1]
  const parent = parentStep ? parentStep.node : root
  const rest = path.slice(k)
  const head = rest[0]
  if (parentStep && isEmptyNode(parent)) return writeIntoEmpty(ctx, parentStep, nest(rest, value, path.slice(0, k)))
  if (isMap(parent) && !parent.flow && parent.items.length > 0) {
    if (typeof head === 'number')
      return { error: `${formatPath(path.slice(0, k)) || 'the document'} is a mapping, not a list` }
    return insertPair(ctx, parent, String(head), nest(rest.slice(1), value, path.slice(0, k + 1)), path.slice(0, k))
  }
  if (isSeq(parent) && !parent.flow && parent.items.length > 0) {
    if (typeof head !== 'number')
      return { error: `${formatPath(path.slice(0, k))} is a list: use an index such as [0]` }
    if (head !== parent.items.length)
      return { error: `${formatPath(path.slice(0, k + 1))} does not exist: the list has ${parent.items.length} items` }
    return insertItem(ctx, parent, head, nest(rest.slice(1), value, path.slice(0, k + 1)))
  }
  return NEEDS_FALLBACK
}

/** Replaces a scalar inside a flow collection (`{port: 80}`), quoting anything flow syntax would misread. */
function replaceFlowScalar(ctx: EditContext, node: Scalar, value: unknown): SpliceResult {
  if (node.type !== 'PLAIN' && node.type !== 'QUOTE_SINGLE' && node.type !== 'QUOTE_DOUBLE') return NEEDS_FALLBACK
  let text = renderInline(value)
  if (typeof value === 'string' && node.type !== 'PLAIN') text = renderInlineScalar(value, node.type)
  else if (typeof value === 'string' && /[,[\]{}]/.test(text)) text = doubleQuoted(value)
  return { from: startOf(ctx, node), to: ctx.state.toOriginal(node.range?.[1] ?? 0), insert: text }
}

/** The splice that sets `path` to `value` in the edited document, touching only that node. */
export function spliceSet(ctx: EditContext, path: FieldPath, value: unknown): SpliceResult {
  const walk = walkPath(ctx.doc, path)
  const last = walk.steps[walk.steps.length - 1]
  if (walk.throughFlow && walk.complete && last && isScalar(last.node) && isInlineValue(value)) {
    return replaceFlowScalar(ctx, last.node, value)
  }
  if (walk.blocked === 'alias' || walk.throughFlow) return NEEDS_FALLBACK
  if (walk.complete) return last ? replaceExisting(ctx, last, value) : NEEDS_FALLBACK
  if (walk.blocked === 'scalar') {
    const at = formatPath(path.slice(0, walk.steps.length))
    return { error: `${at} holds a single value, so ${formatPath(path)} cannot be set inside it` }
  }
  try {
    return addMissing(ctx, walk.steps, walk.root, path, value)
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }
  }
}
