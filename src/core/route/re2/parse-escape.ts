import { perlClass, unicodeClass, type CharTest } from './char-class.ts'
import { Re2SyntaxError, Re2Unsupported, type Re2Assertion } from './re2-ast.ts'

/** What a backslash escape stands for, and where the pattern continues after it. */
export type EscapeResult = { readonly end: number } & (
  | { readonly kind: 'literal'; readonly codePoint: number }
  | { readonly kind: 'set'; readonly test: CharTest }
  | { readonly kind: 'assert'; readonly what: Re2Assertion }
  | { readonly kind: 'quoted'; readonly text: string }
)

const controls: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 }
const assertions: Record<string, Re2Assertion> = {
  A: 'begin-text',
  z: 'end-text',
  b: 'word-boundary',
  B: 'not-word-boundary',
}

/**
 * Reads the escape whose backslash is just before `at` (RE2 parse.cc MaybeParseEscape / ParseUnicodeGroup);
 * `inClass` refuses the zero-width ones and \Q, which RE2 does not allow inside brackets.
 */
export function parseEscape(chars: readonly string[], at: number, inClass: boolean): EscapeResult {
  const c = chars[at]
  if (c === undefined) throw new Re2SyntaxError('trailing \\: the pattern ends with a lone backslash')
  const next = at + 1
  if ((c.codePointAt(0) ?? 0) < 0x80 && !/[0-9A-Za-z]/.test(c))
    return { kind: 'literal', codePoint: c.codePointAt(0) ?? 0, end: next }
  const control = controls[c]
  if (control !== undefined) return { kind: 'literal', codePoint: control, end: next }
  const perl = perlClass(c)
  if (perl) return { kind: 'set', test: perl, end: next }
  if (c === 'p' || c === 'P') return readUnicodeClass(chars, at)
  if (c === 'x') return readHex(chars, next)
  if (/[0-7]/.test(c)) return readOctal(chars, at)
  if (!inClass && assertions[c]) return { kind: 'assert', what: assertions[c], end: next }
  if (!inClass && c === 'Q') {
    const close = chars.indexOf('\\', next)
    const stop = close !== -1 && chars[close + 1] === 'E' ? close : chars.length
    return { kind: 'quoted', text: chars.slice(next, stop).join(''), end: stop === chars.length ? stop : stop + 2 }
  }
  if (c === 'k' || c === '8' || c === '9') throw new Re2Unsupported('backreferences (\\1, \\k<name>, (?P=name))')
  if (c === 'Z') throw new Re2Unsupported('\\Z (RE2 spells the end of text \\z)')
  if (c === 'C') throw new Re2Unsupported('\\C (any single byte)')
  throw new Re2SyntaxError(`invalid escape sequence: \\${c}`)
}

// Octal: \0 and up to two more octal digits; \1–\7 only when another octal digit follows, else a backreference.
function readOctal(chars: readonly string[], at: number): EscapeResult {
  const first = chars[at] ?? '0'
  const second = chars[at + 1]
  if (first !== '0' && (second === undefined || !/[0-7]/.test(second)))
    throw new Re2Unsupported('backreferences (\\1, \\k<name>, (?P=name))')
  let end = at + 1
  let digits = first
  while (end < at + 3 && /[0-7]/.test(chars[end] ?? '')) digits += chars[end++]
  return { kind: 'literal', codePoint: parseInt(digits, 8), end }
}

function readHex(chars: readonly string[], at: number): EscapeResult {
  if (chars[at] === '{') {
    const close = chars.indexOf('}', at)
    const digits = close === -1 ? '' : chars.slice(at + 1, close).join('')
    const value = /^[0-9A-Fa-f]{1,8}$/.test(digits) ? parseInt(digits, 16) : NaN
    if (!(value <= 0x10ffff)) throw new Re2SyntaxError(`invalid escape sequence: \\x{${digits}`)
    return { kind: 'literal', codePoint: value, end: close + 1 }
  }
  const digits = chars.slice(at, at + 2).join('')
  if (!/^[0-9A-Fa-f]{2}$/.test(digits)) throw new Re2SyntaxError(`invalid escape sequence: \\x${digits}`)
  return { kind: 'literal', codePoint: parseInt(digits, 16), end: at + 2 }
}

function readUnicodeClass(chars: readonly string[], at: number): EscapeResult {
  const negated = chars[at] === 'P'
  let name = chars[at + 1] ?? ''
  let end = at + 2
  if (name === '{') {
    const close = chars.indexOf('}', at)
    if (close === -1) throw new Re2SyntaxError(`invalid character class range: \\${chars[at]}{ is never closed`)
    name = chars.slice(at + 2, close).join('')
    end = close + 1
  }
  const spelled = negated ? (name.startsWith('^') ? name.slice(1) : `^${name}`) : name
  const test = unicodeClass(spelled)
  if (!test)
    throw new Re2SyntaxError(`invalid character class range: \\${chars[at]}{${name}} is not a Unicode class RE2 knows`)
  return { kind: 'set', test, end }
}
