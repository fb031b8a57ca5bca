import { blockLiteral, canBlockLiteral, isScalarValue, renderInlineScalar, renderKey } from './quoting.ts'

/** How the file indents: spaces per nesting level, and how far a list's dashes sit right of their key. */
export interface Layout {
  readonly indentStep: number
  /** 0 for `key:\n- item` (kubectl's own style), indentStep for `key:\n  - item`. */
  readonly sequenceIndent: number
}

/** The layout used when the file shows none: two spaces, lists indented. */
export const defaultLayout: Layout = { indentStep: 2, sequenceIndent: 2 }

function entriesOf(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => v !== undefined)
}

/** True for values written on the key's own line: scalars and empty collections. */
export function isInlineValue(value: unknown): boolean {
  if (isScalarValue(value)) return true
  return Array.isArray(value) ? value.length === 0 : entriesOf(value as object).length === 0
}

/** The inline form of a value that isInlineValue accepts. */
export function renderInline(value: unknown): string {
  if (isScalarValue(value)) return renderInlineScalar(value)
  return Array.isArray(value) ? '[]' : '{}'
}

/** `head` followed by the value: inline on the same line, or block lines under it (content at `childColumn`). */
function withValue(head: string, value: unknown, childColumn: number, layout: Layout, parentColumn?: number): string[] {
  const literal =
    typeof value === 'string' && canBlockLiteral(value)
      ? blockLiteral(value, childColumn, '\n', parentColumn)
      : undefined
  if (literal !== undefined) return `${head} ${literal}`.split('\n')
  if (isInlineValue(value)) return [`${head} ${renderInline(value)}`]
  return [head, ...blockLines(value, childColumn, layout)]
}

/** Lines of a mapping's or list's content (never a scalar) whose keys or dashes sit at `column`. */
export function blockLines(value: unknown, column: number, layout: Layout): string[] {
  if (Array.isArray(value)) return value.flatMap((item: unknown) => itemLines(item ?? null, column, layout))
  return entriesOf(value as object).flatMap(([k, v]) => pairLines(k, v, column, layout))
}

/** Lines of one `key: value` pair with the key at `column`. */
export function pairLines(key: string, value: unknown, column: number, layout: Layout): string[] {
  const head = `${' '.repeat(column)}${renderKey(key)}:`
  const childColumn = Array.isArray(value) ? column + layout.sequenceIndent : column + layout.indentStep
  return withValue(head, value, childColumn, layout, column)
}

/** Lines of one list item whose dash sits at `dashColumn`. */
export function itemLines(value: unknown, dashColumn: number, layout: Layout): string[] {
  const contentColumn = dashColumn + 2
  if (isInlineValue(value) || (typeof value === 'string' && canBlockLiteral(value))) {
    return withValue(`${' '.repeat(dashColumn)}-`, value, contentColumn, layout)
  }
  // Write the item as if its content started right of the dash, then put the dash on its first line.
  const lines = blockLines(value, contentColumn, layout)
  lines[0] = `${' '.repeat(dashColumn)}- ${(lines[0] ?? '').slice(contentColumn)}`
  return lines
}

/** Lines of a value that starts at `column` on a line whose beginning already exists (e.g. after `- `). */
export function valueLinesAt(value: unknown, column: number, layout: Layout): string[] {
  if (isInlineValue(value)) return [renderInline(value)]
  const lines = blockLines(value, column, layout)
  lines[0] = (lines[0] ?? '').slice(column)
  return lines
}
