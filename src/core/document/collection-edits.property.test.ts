import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canaryNode } from '../catalog/canary-fields.ts'
import { fieldEntries, type FieldNode, type ListNode, type MapNode } from '../catalog/dsl.ts'
import type { FieldPath } from '../diagnostic.ts'
import { applyEdit } from './apply-edit.ts'
import { blockLines, defaultLayout, itemLines, pairLines } from './emit-block.ts'
import { parseDocument } from './parse-document.ts'
import { rangeOf } from './ranges.ts'
import type { Edit } from './types.ts'

// Random sequences of form operations (add, remove, move, set, clear) on every list and map field of the catalog,
// from every state such a field can start in. After each step: the edit is made in place (never refused, never
// re-serialised), the data equals a model kept alongside, only the field's lines changed, every comment outside
// the field survives, and a list item's own comment lives and dies with its item.

type Field = { readonly path: FieldPath; readonly node: ListNode | MapNode }

function collectFields(node: FieldNode, path: FieldPath, out: Field[]): Field[] {
  if (node.kind === 'object') for (const [key, child] of fieldEntries(node)) collectFields(child, [...path, key], out)
  if (node.kind === 'list' || node.kind === 'map') out.push({ path, node })
  if (node.kind === 'list' && !path.some((p) => typeof p === 'number')) collectFields(node.items, [...path, 0], out)
  return out
}
const fields = collectFields(canaryNode, [], [])

const scalarOf = (node: FieldNode, pick: number): unknown => {
  if (node.kind === 'number') return pick * 7
  if (node.kind === 'boolean') return pick % 2 === 0
  return ['web', 'x-canary', '10', 'yes', 'a b', "it's"][pick % 6]
}

/** A value for an item of a list or a value of a map, shaped by the catalog's node for it. */
function valueOf(node: FieldNode, pick: number): unknown {
  if (node.kind !== 'object') return node.kind === 'list' || node.kind === 'map' ? [] : scalarOf(node, pick)
  const scalars = fieldEntries(node).filter(([, c]) => c.kind !== 'object' && c.kind !== 'list' && c.kind !== 'map')
  if (scalars.length === 0) return { name: scalarOf({ kind: 'string' }, pick) }
  const out: Record<string, unknown> = {}
  for (let i = 0; i <= pick % 2; i++) {
    const [key, child] = scalars[(pick + i * 3) % scalars.length] ?? []
    if (key && child) out[key] = scalarOf(child, pick + i)
  }
  return out
}

type State = 'missing' | 'missing-parent' | 'flow-empty' | 'null' | 'dash-empty' | 'flow-items' | 'block'
interface Item {
  value: unknown
  own?: string
}
/** The model: the field's entries (undefined when absent) and the comments the text must or must not hold. */
interface Model {
  entries: Item[] | [string, unknown][] | undefined
  header: string | undefined
  gone: string[]
}

const MARK = '__FIELD__'

function baseData(field: Field, state: State): Record<string, unknown> {
  const data: Record<string, unknown> = {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: 'podinfo' },
    spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' } },
  }
  if (state === 'missing-parent') return data
  let holder: Record<string | number, unknown> = data
  field.path.forEach((part, i) => {
    const next = field.path[i + 1]
    if (next === undefined) {
      if (state !== 'missing') holder[part] = MARK
      return
    }
    holder[part] ??= typeof next === 'number' ? [] : {}
    const child = holder[part] as Record<string | number, unknown>
    if (typeof next === 'number') child[next] ??= { 'x-keep': 1 }
    holder = child
  })
  return data
}

/** The text of the field's value in a state, written after `key:` on the marked line. */
function stateText(field: Field, state: State, column: number, model: Model): string {
  const inner = column + 2
  const isList = field.node.kind === 'list'
  const sample = valueOf(isList ? field.node.items : field.node.values, 1)
  if (state === 'flow-empty') return isList ? ' []' : ' {}'
  if (state === 'null') return ''
  if (state === 'dash-empty') return isList ? `\n${' '.repeat(inner)}- {}` : ' {}'
  if (state === 'flow-items') return ' ' + JSON.stringify(isList ? [sample] : { k0: sample })
  model.header = '# header'
  if (!isList)
    return ` # key\n${' '.repeat(inner)}# header\n${pairLines('k0', sample, inner, defaultLayout).join('\n')}`
  const lines = itemLines(sample, inner, defaultLayout)
  return ` # key\n${' '.repeat(inner)}# header\n\n${' '.repeat(inner)}# own-0\n${lines.join('\n')}`
}

function initialModel(field: Field, state: State): Model {
  const model: Model = { entries: undefined, header: undefined, gone: [] }
  const isList = field.node.kind === 'list'
  const sample = valueOf(isList ? field.node.items : field.node.values, 1)
  if (state === 'missing' || state === 'missing-parent') return model
  if (state === 'null') model.entries = undefined
  else if (isList)
    model.entries = state === 'dash-empty' ? [{ value: {} }] : state === 'flow-empty' ? [] : [{ value: sample }]
  else model.entries = state === 'flow-empty' || state === 'dash-empty' ? [] : [['k0', sample]]
  if (state === 'block' && isList) (model.entries as Item[])[0] = { value: sample, own: '# own-0' }
  return model
}

/** Writes the starting document: a comment above every line outside the field, the field in its state. */
function startText(field: Field, state: State, model: Model): string {
  const lines = blockLines(baseData(field, state), 0, defaultLayout)
  const out: string[] = []
  lines.forEach((line, i) => {
    const indent = line.length - line.trimStart().length
    out.push(`${' '.repeat(indent)}# keep-${i}`)
    const at = line.indexOf(MARK)
    if (at < 0) return out.push(line)
    const key = String(field.path[field.path.length - 1])
    const column = at - key.length - 2
    out.push(line.slice(0, at - 1) + stateText(field, state, column, model))
  })
  return out.join('\n') + '\n'
}

type Op = { kind: 'add' | 'remove' | 'move' | 'set' | 'clear'; a: number; b: number }
const op = fc.record({
  kind: fc.constantFrom<Op['kind']>('add', 'add', 'remove', 'move', 'set', 'clear'),
  a: fc.nat(20),
  b: fc.nat(20),
})

/** The edit an operation makes on a list field, applied to the model as well. */
function listEdit(field: Field, model: Model, o: Op): Edit {
  const items = Array.isArray(model.entries) ? (model.entries as Item[]) : []
  const value = valueOf((field.node as ListNode).items, o.b)
  const n = items.length
  if (o.kind === 'clear' || (o.kind !== 'add' && o.kind !== 'set' && n === 0)) {
    model.gone.push(...items.flatMap((i) => (i.own ? [i.own] : [])))
    if (model.header && model.entries !== undefined) model.gone.push(model.header)
    model.entries = undefined
    model.header = undefined
    return { kind: 'remove', path: field.path }
  }
  model.entries = items
  if (o.kind === 'add') {
    items.splice(o.a % (n + 1), 0, { value })
    return { kind: 'insert', path: field.path, index: o.a % (n + 1), value }
  }
  if (o.kind === 'set') {
    const at = o.a % (n + 1)
    items[at] = { value, own: items[at]?.own }
    return { kind: 'set', path: [...field.path, at], value }
  }
  if (o.kind === 'remove') {
    const [removed] = items.splice(o.a % n, 1)
    if (removed?.own) model.gone.push(removed.own)
    return { kind: 'remove', path: [...field.path, o.a % n] }
  }
  items.splice(o.b % n, 0, ...items.splice(o.a % n, 1))
  return { kind: 'move', path: field.path, from: o.a % n, to: o.b % n }
}

/** The edit an operation makes on a map field (a move sets a new key), applied to the model as well. */
function mapEdit(field: Field, model: Model, o: Op): Edit {
  const entries = Array.isArray(model.entries) ? (model.entries as [string, unknown][]) : []
  const value = valueOf((field.node as MapNode).values, o.b)
  if (o.kind === 'clear' || (o.kind === 'remove' && entries.length === 0)) {
    if (model.header && model.entries !== undefined) model.gone.push(model.header)
    model.entries = undefined
    model.header = undefined
    return { kind: 'remove', path: field.path }
  }
  model.entries = entries
  if (o.kind === 'remove') {
    const [key] = entries.splice(o.a % entries.length, 1)[0] ?? ['']
    return { kind: 'remove', path: [...field.path, key] }
  }
  const key = o.kind === 'set' && entries.length > 0 ? (entries[o.a % entries.length]?.[0] ?? 'k0') : `k${o.a % 4}`
  const at = entries.findIndex(([k]) => k === key)
  if (at >= 0) entries[at] = [key, value]
  else entries.push([key, value])
  return { kind: 'set', path: [...field.path, key], value }
}

function fieldValue(field: Field, model: Model): unknown {
  if (model.entries === undefined) return undefined
  if (field.node.kind === 'map') return Object.fromEntries(model.entries as [string, unknown][])
  return (model.entries as Item[]).map((i) => i.value)
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let node = data
  for (const part of path) node = (node as Record<string | number, unknown> | null | undefined)?.[part]
  return node
}

/** Old lines [from, to) that differ, by common prefix and suffix (0-based). */
function changedOldLines(before: string, after: string): { from: number; to: number } {
  const a = before.split('\n')
  const b = after.split('\n')
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  return { from: p, to: a.length - s }
}

/** 0-based lines of the field in a text: its key line to its last line, with the comment and blank lines below it. */
function fieldLines(text: string, path: FieldPath): { first: number; last: number } | undefined {
  const range = rangeOf(parseDocument(text), path)
  if (!range) return undefined
  const lines = text.split('\n')
  const column = (lines[range.start.line - 1] ?? '').search(/\S/)
  let last = range.end.line - 1
  const isDeeperComment = (line: string): boolean => /^\s*#/.test(line) && line.search(/\S/) > column
  while (last + 1 < lines.length && (isDeeperComment(lines[last + 1] ?? '') || lines[last + 1] === '')) last++
  return { first: range.start.line - 1, last }
}

/** The path whose lines an edit may change: a cleared field that was its parent's only key leaves the parent `{}`. */
function touchedPath(before: string, field: Field, edit: Edit | undefined): FieldPath {
  const parentPath = field.path.slice(0, -1)
  const parent = valueAt(parseDocument(before).documents[0]?.data, parentPath)
  const isOnlyKey = typeof parent === 'object' && parent !== null && Object.keys(parent).length === 1
  return edit?.kind === 'remove' && edit.path === field.path && isOnlyKey ? parentPath : field.path
}

function checkStep(before: string, after: string, field: Field, model: Model, edit?: Edit): void {
  const parsed = parseDocument(after)
  expect(parsed.status).toBe('ok')
  const data = parsed.documents[0]?.data
  const present = fieldValue(field, model)
  expect(valueAt(data, field.path) ?? undefined).toEqual(present)
  const span = fieldLines(before, touchedPath(before, field, edit))
  const changed = changedOldLines(before, after)
  if (span && changed.from < changed.to) {
    expect(changed.from).toBeGreaterThanOrEqual(span.first)
    expect(changed.to - 1).toBeLessThanOrEqual(span.last)
  }
  // A missing field is added by new lines, rewriting at most the line of its flow or empty parent (`x: {}`);
  // comment and blank lines below that parent line that stay above the new lines are diffed as changed, though kept.
  const rewritten = before.split('\n').slice(changed.from + 1, changed.to)
  if (!span)
    for (const line of rewritten)
      expect(line === '' || (line.trim().startsWith('#') && after.includes(line))).toBe(true)
  for (const keep of before.match(/# keep-\d+/g) ?? []) expect(after).toContain(keep)
  if (model.header) expect(after).toContain(model.header)
  for (const gone of model.gone) expect(after).not.toContain(`${gone}\n`)
  const lines = after.split('\n')
  ;(Array.isArray(model.entries) ? (model.entries as Item[]) : []).forEach((item, i) => {
    if (!item.own) return
    const at = lines.findIndex((l) => l.trim() === item.own)
    expect(rangeOf(parsed, [...field.path, i])?.start.line).toBe(at + 2)
  })
}

describe('collection edits over the catalog', () => {
  it('add, remove, move, set and clear work from every state of every list and map field', () => {
    const states: State[] = ['missing', 'missing-parent', 'flow-empty', 'null', 'dash-empty', 'flow-items', 'block']
    const arb = fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...states), fc.array(op, { maxLength: 8 }))
    fc.assert(
      fc.property(arb, ([field, state, ops]) => {
        const model = initialModel(field, state)
        let text = startText(field, state, model)
        checkStep(text, text, field, model)
        for (const o of ops) {
          const edit = field.node.kind === 'list' ? listEdit(field, model, o) : mapEdit(field, model, o)
          const result = applyEdit(text, edit)
          if (!result.ok) throw new Error(`${result.message}\n${JSON.stringify(edit)} in\n${text}`)
          expect(result.reformatted, `${JSON.stringify(edit)} in\n${text}`).toBe(false)
          checkStep(text, result.text, field, model, edit)
          text = result.text
        }
      }),
      { numRuns: 300 },
    )
  })
})
