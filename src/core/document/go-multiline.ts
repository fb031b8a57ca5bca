import type { Diagnostic } from '../diagnostic.ts'
import { indentOf, lineOf, rangeAt, type LineIndex } from './text-lines.ts'

// Go's YAML parser (so kubectl) accepts a multi-line quoted scalar whose continuation lines sit at, or left of,
// the indentation of the key that owns it; YAML 1.2 and the `yaml` library do not. Upstream CRDs are full of
// them. We read such files as kubectl does by parsing a copy in which only those continuation lines are indented
// one column past their key. Leading blanks of a quoted scalar's continuation line are folded away, so the
// copy means exactly what the user's text means; the user's text itself is never changed.

/** One quoted scalar continued at its key's indentation, and the padding that makes it standard YAML. */
export interface GoMultilineScalar {
  /** 0-based line of the opening quote. */
  readonly openLine: number
  /** Column the continuation lines are padded to (one past the owning key or dash). */
  readonly padTo: number
  /** 0-based lines that need padding, ascending. */
  readonly lines: readonly number[]
  /** 0-based line of the closing quote. */
  readonly closeLine: number
}

/** Where the quoted scalar opened on `line` closes, scanning from `from`: index after the quote, or -1. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const ch = line[i]
    if (quote === '"' && ch === '\\') i++
    else if (ch === quote) {
      if (quote === "'" && line[i + 1] === "'") i++
      else return i + 1
    }
  }
  return -1
}

// `  - key: 'text` / `- 'text`: indentation, dashes, an optional plain or quoted key, props, then the quote.
const OPENER = /^( *(?:- +)*)(?:((?:[^\s'"#:&!][^#]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')) *: +)?(?:[&!]\S* +)*(['"])/

/** The owning column and the quote that opens an unclosed quoted scalar on this line, if there is one. */
function findOpener(line: string): { ownerColumn: number; quote: string } | undefined {
  const m = OPENER.exec(line)
  if (!m || m[3] === undefined) return undefined
  const quoteAt = m[0].length - 1
  if (closingQuote(line, quoteAt + 1, m[3]) !== -1) return undefined
  const lead = m[1] ?? ''
  if (m[2] !== undefined) return { ownerColumn: lead.length, quote: m[3] }
  if (lead.trimEnd().endsWith('-')) return { ownerColumn: lead.trimEnd().length - 1, quote: m[3] }
  return undefined
}

/** Follows the quoted scalar opened on `openLine`; undefined when it is not the Go-only form. */
function followScalar(index: LineIndex, openLine: number): GoMultilineScalar | undefined {
  const lineText = (n: number): string => {
    const start = index.lineStarts[n] ?? index.text.length
    const end = index.lineStarts[n + 1] ?? index.text.length
    return index.text.slice(start, end).replace(/\r?\n$/, '')
  }
  const opener = findOpener(lineText(openLine))
  if (!opener) return undefined
  const lines: number[] = []
  for (let n = openLine + 1; n < index.lineStarts.length; n++) {
    const text = lineText(n)
    if (/^(---|\.\.\.)(\s|$)/.test(text)) return undefined
    const indent = indentOf(text)
    if (text.trim() !== '' && indent <= opener.ownerColumn) lines.push(n)
    if (closingQuote(text, indent, opener.quote) !== -1) {
      return lines.length > 0 ? { openLine, padTo: opener.ownerColumn + 1, lines, closeLine: n } : undefined
    }
  }
  return undefined
}

// How far above a parser error we look for the quote that opened the scalar it tripped over.
const LOOK_BACK_LINES = 100

/** Finds the Go-only quoted scalars that explain parser errors at these offsets (the nearest opener above each). */
export function findGoMultilineScalars(index: LineIndex, errorOffsets: readonly number[]): GoMultilineScalar[] {
  const found = new Map<number, GoMultilineScalar>()
  const errorLines = [...new Set(errorOffsets.map((o) => lineOf(index, o)))]
  for (const errorLine of errorLines) {
    if ([...found.values()].some((s) => s.openLine <= errorLine && errorLine <= s.closeLine)) continue
    for (let line = errorLine; line >= Math.max(0, errorLine - LOOK_BACK_LINES); line--) {
      const scalar = found.has(line) ? undefined : followScalar(index, line)
      if (scalar && scalar.closeLine >= errorLine) {
        found.set(line, scalar)
        break
      }
    }
  }
  return [...found.values()].sort((a, b) => a.openLine - b.openLine)
}

/** A copy of the text with padding inserted, and the way back from its offsets to the user's. */
export interface PaddedText {
  readonly text: string
  /** Maps an offset in the padded copy to the user's text (offsets inside inserted padding map to the line start). */
  readonly toOriginal: (offset: number) => number
}

/** Inserts the padding of every scalar into a copy of the text. */
export function padGoMultiline(index: LineIndex, scalars: readonly GoMultilineScalar[]): PaddedText {
  const inserts: { at: number; count: number }[] = []
  for (const s of scalars) {
    for (const n of s.lines) {
      const at = index.lineStarts[n] ?? 0
      const count = s.padTo - indentOf(index.text.slice(at, at + s.padTo + 1))
      if (count > 0) inserts.push({ at, count })
    }
  }
  inserts.sort((a, b) => a.at - b.at)
  const parts: string[] = []
  const shiftedStarts: number[] = []
  let last = 0
  let shift = 0
  for (const { at, count } of inserts) {
    parts.push(index.text.slice(last, at), ' '.repeat(count))
    shiftedStarts.push(at + shift)
    shift += count
    last = at
  }
  parts.push(index.text.slice(last))
  const toOriginal = (offset: number): number => {
    // Binary search for the last insertion at or before `offset` in the padded copy.
    let lo = 0
    let hi = shiftedStarts.length - 1
    let k = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((shiftedStarts[mid] ?? 0) <= offset) {
        k = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (k === -1) return offset
    const insert = inserts[k]
    const start = shiftedStarts[k] ?? 0
    if (!insert) return offset
    if (offset < start + insert.count) return insert.at
    return offset - (start - insert.at) - insert.count
  }
  return { text: parts.join(''), toOriginal }
}

/** An info diagnostic per Go-only scalar, with a one-click fix that re-indents just its continuation lines. */
export function goMultilineDiagnostics(index: LineIndex, scalars: readonly GoMultilineScalar[]): Diagnostic[] {
  return scalars.map((s) => {
    const first = s.lines[0] ?? s.openLine
    const lastLine = s.lines[s.lines.length - 1] ?? first
    const from = index.lineStarts[first] ?? 0
    const lastStart = index.lineStarts[lastLine] ?? 0
    const to = lastStart + indentOf(index.text.slice(lastStart, lastStart + s.padTo + 1))
    let padded = ''
    let cursor = from
    for (const n of s.lines) {
      const at = index.lineStarts[n] ?? 0
      padded +=
        index.text.slice(cursor, at) +
        ' '.repeat(Math.max(0, s.padTo - indentOf(index.text.slice(at, at + s.padTo + 1))))
      cursor = at
    }
    padded += index.text.slice(cursor, to)
    const end = index.lineStarts[lastLine + 1] ?? index.text.length
    return {
      severity: 'info' as const,
      rule: 'yaml-go-multiline',
      message:
        `This quoted text continues on line ${first + 1} at its key's indentation. kubectl accepts it and so do we, ` +
        'but strict YAML tools reject it: indent the continuation lines past the key.',
      range: rangeAt(index, from, end),
      fixes: [{ title: 'Indent the continuation lines', kind: 'replace-text' as const, from, to, text: padded }],
    }
  })
}
