import { isMap, isSeq } from 'yaml'
import { formatPath, type FieldPath } from '../diagnostic.ts'
import { blockLines, defaultLayout } from './emit-block.ts'
import { createContext, NEEDS_FALLBACK, type EditContext, type SpliceResult } from './edit-context.ts'
import { parseDocument, type DocumentOptions } from './parse-document.ts'
import { stateOf } from './parse-state.ts'
import { spliceRemove, UNCHANGED } from './remove-node.ts'
import { insertItem, moveItem } from './seq-edits.ts'
import { spliceSet } from './set-value.ts'
import { spliceThroughFlow } from './flow-to-block.ts'
import { structuredFallback } from './structured-fallback.ts'
import { detectEol } from './text-lines.ts'
import type { Edit, EditResult, ParsedFile } from './types.ts'
import { walkPath } from './yaml-path.ts'
import { isEqual, plain, readsBack, valueAt } from './verify-edit.ts'

function spliceInsert(ctx: EditContext, edit: Extract<Edit, { kind: 'insert' }>): SpliceResult {
  const walk = walkPath(ctx.doc, edit.path)
  if (walk.blocked === 'alias' || walk.throughFlow) return NEEDS_FALLBACK
  const node = walk.steps[walk.steps.length - 1]?.node ?? null
  const list = isSeq(node) ? node : undefined
  const length = list?.items.length ?? 0
  if (edit.index < 0 || edit.index > length || !Number.isInteger(edit.index)) {
    return { error: `cannot insert at [${edit.index}] of ${formatPath(edit.path)}: it has ${length} items` }
  }
  if (!walk.complete || node === null || (!list && !walk.blocked && node.range?.[0] === node.range?.[1]))
    return spliceSet(ctx, edit.path, [edit.value])
  // An empty `{}` where the list goes is replaced, like `[]`, by the flow rewrite.
  if (!list)
    return isMap(node) && node.items.length === 0 ? NEEDS_FALLBACK : { error: `${formatPath(edit.path)} is not a list` }
  return list.flow || length === 0 ? NEEDS_FALLBACK : insertItem(ctx, list, edit.index, edit.value)
}

function spliceMove(ctx: EditContext, edit: Extract<Edit, { kind: 'move' }>): SpliceResult {
  const walk = walkPath(ctx.doc, edit.path)
  if (walk.blocked === 'alias' || walk.throughFlow) return NEEDS_FALLBACK
  const node = walk.steps[walk.steps.length - 1]?.node ?? null
  if (!walk.complete || !isSeq(node)) return { error: `${formatPath(edit.path)} is not a list` }
  const n = node.items.length
  const valid = (i: number): boolean => Number.isInteger(i) && i >= 0 && i < n
  if (!valid(edit.from) || !valid(edit.to))
    return { error: `cannot move [${edit.from}] to [${edit.to}] in ${formatPath(edit.path)}: it has ${n} items` }
  if (edit.from === edit.to) return UNCHANGED
  return node.flow ? NEEDS_FALLBACK : moveItem(ctx, node, edit.from, edit.to)
}

function spliceFor(ctx: EditContext, edit: Edit): SpliceResult {
  switch (edit.kind) {
    case 'set':
      return spliceSet(ctx, edit.path, edit.value)
    case 'remove':
      return spliceRemove(ctx, edit.path)
    case 'insert':
      return spliceInsert(ctx, edit)
    case 'move':
      return spliceMove(ctx, edit)
  }
}

/** Writes a first Canary into a file that holds only comments and blank lines. */
function editEmpty(text: string, edit: Edit): EditResult {
  if (edit.kind === 'remove') return { ok: true, text, reformatted: false }
  if (edit.kind === 'move' || typeof edit.path[0] !== 'string')
    return { ok: false, message: `${formatPath(edit.path)} does not exist: the document is empty` }
  if (edit.kind === 'insert' && edit.index !== 0)
    return { ok: false, message: `${formatPath(edit.path)} does not exist: a new list starts at [0]` }
  let value: unknown = edit.kind === 'insert' ? [edit.value] : edit.value
  for (const part of [...edit.path].reverse()) {
    if (typeof part === 'number' && part !== 0)
      return { ok: false, message: `${formatPath(edit.path)} does not exist: a new list starts at [0]` }
    value = typeof part === 'number' ? [value] : { [part]: value }
  }
  const eol = detectEol(text)
  const body = blockLines(value, 0, defaultLayout).join(eol) + eol
  const separator = text === '' || text.endsWith('\n') ? '' : eol
  return { ok: true, text: text + separator + body, reformatted: false }
}

function refusal(parsed: ParsedFile): EditResult {
  if (parsed.status === 'no-canary')
    return { ok: false, message: 'There is no Canary document to edit (no document has `kind: Canary`).' }
  const first = parsed.diagnostics.find((d) => d.severity === 'error')
  const where = first?.range
    ? ` (line ${first.range.start.line}, column ${first.range.start.column}: ${first.message})`
    : ''
  return { ok: false, message: `The YAML has errors${where}; fix them before editing.` }
}

/** The parts of a `set` whose value and old value are both non-empty mappings, or both lists. */
function setParts(path: FieldPath, before: unknown, value: unknown): Edit[] | undefined {
  if (Array.isArray(value) && Array.isArray(before) && value.length > 0) {
    const parts: Edit[] = value.map((v: unknown, i) =>
      i < before.length ? { kind: 'set', path: [...path, i], value: v } : { kind: 'insert', path, index: i, value: v },
    )
    for (let i = before.length - 1; i >= value.length; i--) parts.push({ kind: 'remove', path: [...path, i] })
    return parts
  }
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
  if (!isRecord(value) || !isRecord(before) || Object.keys(plain(value) as object).length === 0) return undefined
  // Additions first: removing every old key first would leave `{}`, a flow mapping we could only re-serialise.
  const parts: Edit[] = Object.entries(value).map(([k, v]) => ({ kind: 'set', path: [...path, k], value: v }))
  for (const k of Object.keys(before)) if (value[k] === undefined) parts.push({ kind: 'remove', path: [...path, k] })
  return parts
}

/** Applies edits one after another; the first failure stops them all. */
function applyAll(text: string, edits: readonly Edit[], options: DocumentOptions): EditResult {
  let current = text
  let reformatted = false
  for (const edit of edits) {
    const result = applyEdit(current, edit, options)
    if (!result.ok) return result
    current = result.text
    reformatted ||= result.reformatted
  }
  return { ok: true, text: current, reformatted }
}

/** Applies one edit to the Canary of a file, changing only the touched node's text; never throws. */
export function applyEdit(text: string, edit: Edit, options: DocumentOptions = {}): EditResult {
  try {
    if (edit.path.length === 0)
      return { ok: false, message: 'An edit needs a field path; the whole document is edited as text.' }
    if (edit.kind === 'set' && edit.value === undefined)
      return applyEdit(text, { kind: 'remove', path: edit.path }, options)
    const parsed = parseDocument(text, options)
    if (parsed.status === 'empty') return editEmpty(text, edit)
    if (parsed.status !== 'ok') return refusal(parsed)
    const ctx = createContext(stateOf(parsed), parsed.canaryIndex)
    const info = parsed.documents[parsed.canaryIndex]
    if (!ctx || !info) return refusal(parsed)
    if (edit.kind === 'set') {
      const before = valueAt(info.data, edit.path)
      if (isEqual(before, plain(edit.value))) return { ok: true, text, reformatted: false }
      // Setting a mapping or list over one edits its entries, so comments and unknown keys inside survive.
      const parts = setParts(edit.path, before, edit.value)
      if (parts) return applyAll(text, parts, { ...options, canaryIndex: parsed.canaryIndex })
    }
    // By source spans first, then by rewriting a flow collection on the path in block style; each is checked.
    for (const attempt of [spliceFor, (c: EditContext, e: Edit) => spliceThroughFlow(c, e, info.data)]) {
      const splice = attempt(ctx, edit)
      if (typeof splice === 'object' && 'error' in splice) return { ok: false, message: splice.error }
      if (splice === NEEDS_FALLBACK) continue
      const out = text.slice(0, splice.from) + splice.insert + text.slice(splice.to)
      // A self-check: should a span edit ever not read back as asked, the tree edit below is the safe answer.
      if (readsBack(out, edit, parsed.canaryIndex, info.data, parsed))
        return { ok: true, text: out, reformatted: false }
    }
    const whole = structuredFallback(ctx, edit, info.from, info.to)
    const out = text.slice(0, whole.from) + whole.insert + text.slice(whole.to)
    if (!readsBack(out, edit, parsed.canaryIndex, info.data))
      return { ok: false, message: `${formatPath(edit.path)} could not be edited safely.` }
    return { ok: true, text: out, reformatted: true }
  } catch (err) {
    return { ok: false, message: `The edit failed: ${err instanceof Error ? err.message : String(err)}` }
  }
}
