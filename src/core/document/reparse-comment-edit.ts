import { isCollection, isNode, isPair, isScalar, type Document } from 'yaml'
import { changedRegion } from '../text/changed-region.ts'
import { documentsAfter, incrementalParse, reusableState, type IncrementalParse } from './reparse-support.ts'
import type { ParsedFile } from './types.ts'

// Typing inside a comment (`interval: 1m # why one minute`, or a whole comment line) changes no data: only one
// comment string of the yaml tree and every later offset. For that case only, the previous parse is copied with
// that comment line replaced and the later offsets shifted. As in reparse-scalar-edit.ts, every condition below
// that is not met declines, and the caller parses in full.
//
// How yaml stores comments (compose/resolve-props.js, resolve-end.js, composer.js): a comment token runs from `#`
// to the end of its line (a final `\r` before `\n` excluded, trailing blanks kept), and its text is
// `source.substring(1) || ' '`, kept in `comment` / `commentBefore` of a node or of the Document; several comment
// lines are joined there with `\n` (`\n\n` across a blank line). A block scalar's header comment is stored without
// the `|| ' '`, but it lies inside the scalar's source range, which declines.

/**
 * Whether `text` holds a line break (also U+0085, U+2028, U+2029), another control character or a byte order mark;
 * a tab too, unless `tabs` allows it. The changed region may hold none of these; the rest of its line only tabs.
 */
function hasUnsafe(text: string, tabs: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 9 && tabs) continue
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true
  }
  return false
}

/** The text yaml keeps for a comment whose body (what follows `#`) is `body`. */
function stored(body: string): string {
  return body || ' '
}

/**
 * Offset of the `#` that starts the comment of the line [start, end) of `text`: the first `#` at the line's first
 * non-blank position or after a space or tab; -1 when there is none or the line is a directive or document marker.
 */
function commentStart(text: string, start: number, end: number): number {
  const line = text.slice(start, end)
  if (line.startsWith('%') || line.startsWith('---') || line.startsWith('...')) return -1
  for (let i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
    const before = line[i - 1]
    if (before === undefined || before === ' ' || before === '\t') return start + i
  }
  return -1
}

/**
 * How many comments of `text` yaml would store as `stored(body)`: `#` + a body followed by a line break or the end of
 * the text. May count more than the comments (a `#` inside a scalar too), never fewer.
 */
function commentsInText(text: string, body: string): number {
  const bodies = stored(body) === ' ' ? ['', ' '] : [body]
  let count = 0
  for (const b of bodies) {
    const source = `#${b}`
    for (let at = text.indexOf(source); at >= 0; at = text.indexOf(source, at + 1)) {
      const next = text[at + source.length]
      if (next === undefined || next === '\n' || next === '\r') count++
    }
  }
  return count
}

/** Something in a parse that holds comments: a node or a Document. */
interface CommentHolder {
  comment?: string | null
  commentBefore?: string | null
}

/** Calls `visit` for every node of a tree (keys included) and for the Document itself. */
function eachHolder(doc: Document.Parsed, visit: (holder: CommentHolder, node: unknown) => void): void {
  visit(doc, undefined)
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key)
      walk(node.value)
      return
    }
    if (!isNode(node)) return
    visit(node, node)
    if (isCollection(node)) for (const item of node.items) walk(item)
  }
  walk(doc.contents)
}

const FIELDS = ['comment', 'commentBefore'] as const

/** How many lines of the comment strings that `holder` keeps equal `line`. */
function linesEqual(holder: CommentHolder, line: string): number {
  let count = 0
  for (const field of FIELDS) {
    const value = holder[field]
    if (typeof value === 'string') for (const l of value.split('\n')) if (l === line) count++
  }
  return count
}

/** Replaces the line `line` of `holder`'s comment strings by `by`; false when it holds none. */
function replaceLine(holder: CommentHolder, line: string, by: string): boolean {
  for (const field of FIELDS) {
    const value = holder[field]
    if (typeof value !== 'string') continue
    const lines = value.split('\n')
    const i = lines.indexOf(line)
    if (i < 0) continue
    lines[i] = by
    holder[field] = lines.join('\n')
    return true
  }
  return false
}

/**
 * The one document whose tree holds the comment line `line`, when exactly one line of all the documents' comment
 * strings equals it and no scalar source or flow collection contains the offset `hash` (the `#` is then no comment,
 * or one whose storage depends on its neighbours). Otherwise undefined.
 */
function documentHolding(docs: readonly Document.Parsed[], line: string, hash: number): number | undefined {
  let found: number | undefined
  let count = 0
  let inside = false
  docs.forEach((doc, index) => {
    eachHolder(doc, (holder, node) => {
      const n = linesEqual(holder, line)
      if (n > 0) found = index
      count += n
      const range = isNode(node) && (isScalar(node) || (isCollection(node) && node.flow)) ? node.range : undefined
      if (range && range[0] <= hash && hash < range[1]) inside = true
    })
  })
  return count === 1 && !inside ? found : undefined
}

/**
 * The parse of `text` made from `previous`, or undefined (parse in full) unless all of these hold:
 * - the parse behind `previous` is known, read the text as it is and found no error or warning (reusableState);
 * - the texts differ in one region, with no line break, control character (tab included) or byte order mark in the
 *   old or the new region text, and the line holding it has none of these either (tab allowed);
 * - on that line, which is no directive (`%`) or document marker (`---`, `...`), the first `#` at the line's first
 *   non-blank position or after a space or tab lies strictly before the region (the `#` itself is untouched);
 * - that `#` lies inside no scalar's source (keys included, so no quoted or block scalar) and no flow collection;
 * - yaml would store the old comment (its body: what follows that `#` up to the line end) as a text that exactly one
 *   comment of the old text gives (`#` + body before a line break or the end) and that exactly one line of all the
 *   comment strings of all the documents (nodes and Documents, `comment` and `commentBefore`) equals;
 * - the documents copied (the one holding the comment and every later one) hold no anchor or alias.
 * The data are the previous parse's: a comment changes none.
 */
export function reparseCommentEdit(previous: ParsedFile, text: string): IncrementalParse | undefined {
  const before = reusableState(previous)
  if (!before) return undefined
  const old = previous.text
  const change = changedRegion(old, text)
  if (change.from === 0 || (change.from === change.oldTo && change.from === change.newTo)) return undefined
  if (hasUnsafe(old.slice(change.from, change.oldTo), false)) return undefined
  if (hasUnsafe(text.slice(change.from, change.newTo), false)) return undefined
  const lineStart = old.lastIndexOf('\n', change.from - 1) + 1
  const newline = old.indexOf('\n', change.oldTo)
  const lineEnd = newline < 0 ? old.length : newline
  const newLineEnd = lineEnd + change.newTo - change.oldTo
  if (hasUnsafe(old.slice(lineStart, lineEnd), true) || hasUnsafe(text.slice(lineStart, newLineEnd), true))
    return undefined
  const hash = commentStart(old, lineStart, lineEnd)
  if (hash < 0 || hash >= change.from) return undefined
  const oldBody = old.slice(hash + 1, lineEnd)
  const newBody = text.slice(hash + 1, newLineEnd)
  if (commentsInText(old, oldBody) !== 1) return undefined
  const index = documentHolding(before.docs, stored(oldBody), hash)
  if (index === undefined) return undefined

  const docs = documentsAfter(before.docs, index, change)
  const doc = docs?.[index]
  if (!docs || !doc) return undefined
  let replaced = 0
  eachHolder(doc, (holder) => {
    if (replaced === 0 && replaceLine(holder, stored(oldBody), stored(newBody))) replaced++
  })
  if (replaced !== 1) return undefined
  const data = previous.documents.map((d) => d.data)
  return incrementalParse(text, docs, data)
}
