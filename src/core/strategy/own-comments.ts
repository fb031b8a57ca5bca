import type { FieldPath } from '../diagnostic.ts'
import { rangeOf } from '../document/ranges.ts'
import { indentOf, indexLines } from '../document/text-lines.ts'
import type { ParsedFile } from '../document/types.ts'

/**
 * The text without the comment lines that document the mapping key at `path`: the unbroken run of comment lines
 * directly above the key, at the key's own indentation. Removing a field removes only its own lines, so without
 * this its explanation would be left behind above whatever comes next. Returns the text unchanged when the key
 * is missing, not on a line of its own, or has no such comments.
 */
export function withoutOwnComments(parsed: ParsedFile, path: FieldPath): string {
  const text = parsed.text
  const range = rangeOf(parsed, path)
  if (typeof path[path.length - 1] !== 'string' || !range) return text
  const lines = indexLines(text)
  const keyLine = range.start.line - 1
  const keyLineText = lineText(text, lines.lineStarts, keyLine)
  const indent = indentOf(keyLineText)
  if (range.start.column - 1 !== indent) return text
  let first = keyLine
  while (first > 0) {
    const above = lineText(text, lines.lineStarts, first - 1)
    if (!above.trimStart().startsWith('#') || indentOf(above) !== indent) break
    first--
  }
  if (first === keyLine) return text
  const from = lines.lineStarts[first] ?? 0
  const to = lines.lineStarts[keyLine] ?? from
  return text.slice(0, from) + text.slice(to)
}

function lineText(text: string, starts: readonly number[], line: number): string {
  const from = starts[line] ?? text.length
  const to = starts[line + 1] ?? text.length
  return text.slice(from, to).replace(/\r?\n$/, '')
}
