import type { TextPosition, TextRange } from '../diagnostic.ts'

/** Line starts of a text, for offset ↔ line/column conversion in O(log n). */
export interface LineIndex {
  readonly text: string
  /** Offset of the first character of each line; lineStarts[0] is 0. */
  readonly lineStarts: readonly number[]
}

/** Builds the line index of `text` in one pass. */
export function indexLines(text: string): LineIndex {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  return { text, lineStarts }
}

/** 0-based number of the line holding `offset`. */
export function lineOf(index: LineIndex, offset: number): number {
  const starts = index.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * 1-based line and column (UTF-16 units, as editors count) of a 0-based offset. A byte-order mark takes no column:
 * editors hide it (Monaco's model holds the text without it), so line 1's markers and selections would sit one off.
 */
export function positionAt(index: LineIndex, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, index.text.length))
  const line = lineOf(index, clamped)
  const lineStart = line === 0 && index.text.charCodeAt(0) === 0xfeff && clamped > 0 ? 1 : (index.lineStarts[line] ?? 0)
  return { line: line + 1, column: clamped - lineStart + 1, offset: clamped }
}

/** The TextRange between two offsets. */
export function rangeAt(index: LineIndex, from: number, to: number): TextRange {
  return { start: positionAt(index, from), end: positionAt(index, Math.max(from, to)) }
}

/** Offset where the line holding `offset` starts. */
export function lineStartAt(index: LineIndex, offset: number): number {
  return index.lineStarts[lineOf(index, offset)] ?? 0
}

/** Offset just past the line break ending the line holding `offset` (text length on the last line). */
export function nextLineStartAt(index: LineIndex, offset: number): number {
  return index.lineStarts[lineOf(index, offset) + 1] ?? index.text.length
}

/** The line ending the file uses: CRLF when its first line break is one. */
export function detectEol(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n')
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n'
}

/** Column (0-based) of the first non-blank character of a line's text. */
export function indentOf(line: string): number {
  let i = 0
  while (line[i] === ' ') i++
  return i
}
