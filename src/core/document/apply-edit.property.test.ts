import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FieldPath } from '../diagnostic.ts'
import { applyEdit } from './apply-edit.ts'
import { allPaths, canaryText, missingPaths, valueAtPath, type CanaryText } from './canary-text.test-support.ts'
import { parseDocument } from './parse-document.ts'
import { rangeOf } from './ranges.ts'
import type { Edit } from './types.ts'

const scalarValue = fc.oneof(
  fc.integer({ min: -5, max: 100000 }),
  fc.boolean(),
  fc.constantFrom(
    '10',
    'yes',
    'null',
    '~',
    'a: b',
    '#x',
    '',
    ' lead',
    'x y',
    "it's",
    '"q"',
    'plain',
    '1e3',
    '0777',
    'on',
    '- dash',
    'multi\nline',
    'end\n',
  ),
)
const anyValue = fc.oneof(
  { weight: 4, arbitrary: scalarValue },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', 'b c', '10'), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ min: fc.integer(), note: fc.constantFrom('x', 'yes') }) },
)

/**
 * Old lines [from, to) that differ, by common prefix and suffix (0-based). Repeated lines make the split
 * ambiguous; `maxPrefix` picks the alignment that starts the change no later than that line.
 */
function changedOldLines(before: string, after: string, maxPrefix = Infinity): { from: number; to: number } {
  // Lines compare without their terminators: CRLF is checked on its own by keepsEol.
  const a = before.split(/\r?\n/)
  const b = after.split(/\r?\n/)
  let p = 0
  while (p < a.length && p < b.length && p < maxPrefix && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  return { from: p, to: a.length - s }
}

/** 0-based first and last line of the node at `path` in the text. */
function nodeLines(doc: CanaryText, path: FieldPath): { first: number; last: number } {
  const r = rangeOf(parseDocument(doc.text), path)
  if (!r) throw new Error('generated path has no range')
  return { first: r.start.line - 1, last: r.end.line - 1 }
}

function edited(doc: CanaryText, edit: Edit): string {
  const result = applyEdit(doc.text, edit)
  if (!result.ok) throw new Error(`${result.message} in\n${doc.text}`)
  expect(result.reformatted).toBe(false)
  return result.text
}

const dataOf = (text: string): unknown => {
  const parsed = parseDocument(text)
  expect(parsed.status).toBe('ok')
  return parsed.documents[parsed.canaryIndex]?.data
}

const commentsOutside = (doc: CanaryText, lines: { first: number; last: number }): string[] =>
  doc.text.split('\n').flatMap((line, i) => (i < lines.first || i > lines.last ? (line.match(/# note\d+/g) ?? []) : []))

const editablePaths = (doc: CanaryText): FieldPath[] => allPaths(doc.data).filter((p) => p[0] !== 'kind')

const keepsEol = (doc: CanaryText, out: string, finalBreak = true): void => {
  if (doc.eol === '\r\n') expect(out).not.toMatch(/(^|[^\r])\n/)
  // Removing a file's last line after a blank line leaves that blank line's break at the end.
  if (finalBreak) expect(out.endsWith('\n')).toBe(doc.text.endsWith('\n'))
}

/** The lines of a list item grown by the comment lines directly above it at its dash's column: they are its own. */
function withOwnComments(doc: CanaryText, lines: { first: number; last: number }, path: FieldPath) {
  if (typeof path[path.length - 1] !== 'number') return lines
  const all = doc.text.split(/\r?\n/)
  const column = (all[lines.first] ?? '').indexOf('-')
  let first = lines.first
  while (first > 0 && new RegExp(`^ {${column}}#`).test(all[first - 1] ?? '')) first--
  return { first, last: lines.last }
}

describe('applyEdit properties', () => {
  it('generated documents read back as their data', () => {
    fc.assert(
      fc.property(canaryText, (doc) => {
        expect(dataOf(doc.text)).toEqual(doc.data)
      }),
    )
  })

  it('set on an existing path changes only that node’s lines; comments outside it survive', () => {
    // Changing `kind` would leave no Canary to edit: applyEdit refuses it, tested in apply-edit.test.ts.
    const arb = canaryText.chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom(...editablePaths(doc)), anyValue))
    fc.assert(
      fc.property(arb, ([doc, path, value]) => {
        const out = edited(doc, { kind: 'set', path, value })
        expect(valueAtPath(dataOf(out), path)).toEqual(value)
        const lines = nodeLines(doc, path)
        const changed = changedOldLines(doc.text, out, lines.first)
        if (changed.from < changed.to) {
          expect(changed.from).toBeGreaterThanOrEqual(lines.first)
          expect(changed.to - 1).toBeLessThanOrEqual(lines.last)
        }
        for (const c of commentsOutside(doc, lines)) expect(out).toContain(c)
        const wasScalar = typeof valueAtPath(doc.data, path) !== 'object'
        if (wasScalar) for (const c of doc.comments) expect(out).toContain(c)
        keepsEol(doc, out)
      }),
      { numRuns: 150 },
    )
  })

  it('set on a missing path only adds lines (or moves a first key off a dash line); every comment survives', () => {
    const arb = canaryText.chain((doc) =>
      fc.tuple(fc.constant(doc), fc.constantFrom(...missingPaths(doc.data)), anyValue),
    )
    fc.assert(
      fc.property(arb, ([doc, path, value]) => {
        const out = edited(doc, { kind: 'set', path, value })
        expect(valueAtPath(dataOf(out), path)).toEqual(value)
        const changed = changedOldLines(doc.text, out)
        const old = doc.text.split('\n').slice(changed.from, changed.to)
        expect(old.length).toBeLessThanOrEqual(1)
        if (old.length === 1) expect(old[0]).toMatch(/^\s*- /)
        for (const c of doc.comments) expect(out).toContain(c)
        keepsEol(doc, out)
      }),
      { numRuns: 150 },
    )
  })

  it('remove deletes only the node’s own lines', () => {
    const arb = canaryText.chain((doc) => fc.tuple(fc.constant(doc), fc.constantFrom(...editablePaths(doc))))
    fc.assert(
      fc.property(arb, ([doc, path]) => {
        const out = edited(doc, { kind: 'remove', path })
        const parent = valueAtPath(dataOf(out), path.slice(0, -1))
        const before = valueAtPath(doc.data, path.slice(0, -1))
        const expected = Array.isArray(before)
          ? before.filter((_, i) => i !== path[path.length - 1])
          : { ...(before as object) }
        if (!Array.isArray(expected)) delete (expected as Record<string, unknown>)[path[path.length - 1] as string]
        expect(parent).toEqual(expected)
        // Removing the last entry leaves the parent as `{}` or `[]`, written on the parent's own line.
        const emptied = Object.keys(before as object).length === 1 && path.length > 1
        const lines = withOwnComments(doc, nodeLines(doc, emptied ? path.slice(0, -1) : path), path)
        const changed = changedOldLines(doc.text, out, lines.first)
        expect(changed.from).toBeGreaterThanOrEqual(lines.first)
        // A first key on a dash line (`- name: a`) is replaced by the key below it, which moves up one line.
        const onDashLine =
          /^\s*- /.test(doc.text.split(/\r?\n/)[lines.first] ?? '') && typeof path[path.length - 1] === 'string'
        expect(changed.to - 1).toBeLessThanOrEqual(lines.last + (onDashLine ? 1 : 0))
        for (const c of commentsOutside(doc, lines)) expect(out).toContain(c)
        keepsEol(doc, out, false)
      }),
      { numRuns: 150 },
    )
  })

  const listPaths = (doc: CanaryText): FieldPath[] =>
    allPaths(doc.data).filter((p) => Array.isArray(valueAtPath(doc.data, p)))

  it('insert adds the item’s lines and changes nothing else', () => {
    const arb = canaryText
      .filter((doc) => listPaths(doc).length > 0)
      .chain((doc) =>
        fc.constantFrom(...listPaths(doc)).chain((path) => {
          const length = (valueAtPath(doc.data, path) as unknown[]).length
          return fc.tuple(fc.constant(doc), fc.constant(path), fc.integer({ min: 0, max: length }), anyValue)
        }),
      )
    fc.assert(
      fc.property(arb, ([doc, path, index, value]) => {
        const out = edited(doc, { kind: 'insert', path, index, value })
        const list = [...(valueAtPath(doc.data, path) as unknown[])]
        list.splice(index, 0, value)
        expect(valueAtPath(dataOf(out), path)).toEqual(list)
        const changed = changedOldLines(doc.text, out)
        expect(changed.to - changed.from).toBe(0)
        keepsEol(doc, out)
      }),
      { numRuns: 100 },
    )
  })

  it('move permutes whole item lines, and every line and comment survives', () => {
    const arb = canaryText
      .filter((doc) => listPaths(doc).length > 0)
      .chain((doc) =>
        fc.constantFrom(...listPaths(doc)).chain((path) => {
          const last = (valueAtPath(doc.data, path) as unknown[]).length - 1
          return fc.tuple(
            fc.constant(doc),
            fc.constant(path),
            fc.integer({ min: 0, max: last }),
            fc.integer({ min: 0, max: last }),
          )
        }),
      )
    fc.assert(
      fc.property(arb, ([doc, path, from, to]) => {
        const out = edited(doc, { kind: 'move', path, from, to })
        const list = [...(valueAtPath(doc.data, path) as unknown[])]
        list.splice(to, 0, ...list.splice(from, 1))
        expect(valueAtPath(dataOf(out), path)).toEqual(list)
        const sorted = (t: string): string[] =>
          t
            .split(/\r?\n/)
            .filter((l) => l !== '')
            .sort()
        expect(sorted(out)).toEqual(sorted(doc.text))
        keepsEol(doc, out)
      }),
      { numRuns: 100 },
    )
  })

  it('never changes the other documents of a file', () => {
    const prefix = '# first\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}  # flow stays\n---\n'
    const suffix = '---\nkind: Canary\nmetadata:\n  name: second # untouched\n'
    const arb = canaryText.chain((doc) =>
      fc.tuple(fc.constant(doc), fc.constantFrom(...editablePaths(doc), ...missingPaths(doc.data)), scalarValue),
    )
    fc.assert(
      fc.property(arb, ([doc, path, value]) => {
        const body = doc.text.endsWith('\n') ? doc.text : doc.text + doc.eol
        const eolPrefix = prefix.replace(/\n/g, doc.eol)
        const eolSuffix = suffix.replace(/\n/g, doc.eol)
        const result = applyEdit(eolPrefix + body + eolSuffix, { kind: 'set', path, value })
        if (!result.ok) throw new Error(result.message)
        expect(result.text.startsWith(eolPrefix)).toBe(true)
        expect(result.text.endsWith(eolSuffix)).toBe(true)
        const parsed = parseDocument(result.text)
        expect(parsed.canaryIndex).toBe(1)
        expect(valueAtPath(parsed.documents[1]?.data, path)).toEqual(value)
      }),
      { numRuns: 60 },
    )
  })
})
