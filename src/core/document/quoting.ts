import { parseDocument } from 'yaml'

/** How a scalar is written in the source, as the `yaml` library names it. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'

const C1_AND_SEPARATORS = /[\x7f-\x9f\u2028\u2029\ufeff]/g

/** True for characters YAML does not allow raw (C0/C1 controls but tab and line breaks, separators, lone surrogates). */
function isUnprintable(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0xd800 && code <= 0xdfff)
  )
}

// A string with such characters needs double quotes and escapes.
const NEEDS_ESCAPE = {
  test: (s: string): boolean => {
    // Iterating by code point: a surrogate seen here is a lone one; pairs arrive as one code point.
    for (const ch of s) if (isUnprintable(ch.codePointAt(0) ?? 0)) return true
    return false
  },
}

/** Reads a plain scalar as both YAML 1.1 (kubectl's Go yaml) and 1.2 tools would; true when both read it back as `s`. */
function readsBackAsString(s: string): boolean {
  for (const version of ['1.1', '1.2'] as const) {
    const doc = parseDocument(`k: ${s}\n`, { version, prettyErrors: false })
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false
    const value: unknown = doc.toJS({ maxAliasCount: 0 })
    if (typeof value !== 'object' || value === null || (value as Record<string, unknown>).k !== s) return false
  }
  return true
}

/** True when `s` can be written without quotes and still reads back as the same string everywhere. */
export function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || /[\n\r\t]/.test(s) || NEEDS_ESCAPE.test(s)) return false
  // Indicators that start another kind of node, comments, and key separators.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^-[^\s-]/.test(s)) return false
  if (/: | #|:$/.test(s) || s.startsWith('---') || s.startsWith('...')) return false
  return readsBackAsString(s)
}

/** `s` in double quotes, with every character YAML needs escaped. */
export function doubleQuoted(s: string): string {
  // JSON's escapes are valid YAML escapes; JSON leaves C1 controls and the Unicode separators raw, YAML may not.
  return JSON.stringify(s).replace(C1_AND_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function singleQuoted(s: string): string {
  return `'${s.replaceAll("'", "''")}'`
}

function canSingleQuote(s: string): boolean {
  return !/[\n\r]/.test(s) && !NEEDS_ESCAPE.test(s)
}

/** True when a block literal (`|`) can hold `s` exactly. */
export function canBlockLiteral(s: string): boolean {
  if (!s.includes('\n') || /\r/.test(s) || NEEDS_ESCAPE.test(s) || s.trim() === '') return false
  // All-blank lines with spaces confuse indentation detection; tabs at line starts are content but risky.
  return !s.split('\n').some((line) => (line !== '' && line.trim() === '') || line.startsWith('\t'))
}

/**
 * A block literal header and its lines, content indented by `indent` spaces; undefined when the text starts with
 * a space, which needs an indentation indicator relative to `parentIndent`, and that is unknown or out of range.
 */
export function blockLiteral(s: string, indent: number, eol: string, parentIndent?: number): string | undefined {
  const keep = s.endsWith('\n\n')
  const chomp = keep ? '+' : s.endsWith('\n') ? '' : '-'
  const body = (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n')
  const firstContent = body.find((line) => line !== '') ?? ''
  let indicator = ''
  if (firstContent.startsWith(' ')) {
    const relative = parentIndent === undefined ? 0 : indent - parentIndent
    if (relative < 1 || relative > 9) return undefined
    indicator = String(relative)
  }
  const pad = ' '.repeat(indent)
  return `|${indicator}${chomp}` + body.map((line) => eol + (line === '' ? '' : pad + line)).join('')
}

function renderNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan'
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf'
  return String(n)
}

/** Renders a string in one line, keeping `preferred` quoting when it can hold the string. */
export function renderInlineString(s: string, preferred?: ScalarStyle): string {
  if (preferred === 'QUOTE_DOUBLE') return doubleQuoted(s)
  if (preferred === 'QUOTE_SINGLE' && canSingleQuote(s)) return singleQuoted(s)
  if (preferred !== 'QUOTE_SINGLE' && isPlainSafe(s)) return s
  if (preferred !== 'QUOTE_SINGLE' && (s.includes('"') || s.includes('\\')) && canSingleQuote(s)) return singleQuoted(s)
  return doubleQuoted(s)
}

/** Renders a scalar JS value on one line (numbers, booleans and null plain; strings quoted only when needed). */
export function renderInlineScalar(value: unknown, preferred?: ScalarStyle): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return renderNumber(value)
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return renderInlineString(value.toISOString(), preferred)
  return renderInlineString(typeof value === 'string' ? value : JSON.stringify(value), preferred)
}

/** Renders a mapping key: plain when safe, else quoted. */
export function renderKey(key: string): string {
  return isPlainSafe(key) ? key : renderInlineString(key)
}

/** True for values written as a scalar (not a mapping or list). */
export function isScalarValue(value: unknown): boolean {
  return value === null || value === undefined || typeof value !== 'object' || value instanceof Date
}
