import { classTest, literalTest, posixClass, type CharTest, type ClassItem } from './char-class.ts'
import { maxRepeat, Re2SyntaxError, Re2Unsupported, type Re2Assertion, type Re2Node } from './re2-ast.ts'
import { parseEscape, type EscapeResult } from './parse-escape.ts'

// A recursive-descent parser for the RE2 syntax Envoy's safe_regex (google_re2) and Istio's validation (Go's
// regexp, the same syntax) accept: https://github.com/google/re2/wiki/Syntax. What RE2 refuses is refused here.

interface Flags {
  /** i: ignore case. */
  readonly foldCase: boolean
  /** m: ^ and $ match at line boundaries. */
  readonly multiLine: boolean
  /** s: . matches \n. */
  readonly dotAll: boolean
}

const noFlags: Flags = { foldCase: false, multiLine: false, dotAll: false }

/** Parses an RE2 pattern into its tree; throws Re2SyntaxError with RE2's reason when RE2 would refuse it. */
export function parseRe2(pattern: string): Re2Node {
  return new Parser(pattern).parseAll()
}

class Parser {
  private readonly chars: readonly string[]
  private pos = 0
  private flags: Flags = noFlags
  private depth = 0

  constructor(pattern: string) {
    this.chars = [...pattern]
  }

  parseAll(): Re2Node {
    const node = this.parseAlternation()
    if (this.pos < this.chars.length)
      throw new Re2SyntaxError('unexpected ): the pattern closes a group it never opened')
    return node
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset]
  }

  private rest(length: number): string {
    return this.chars.slice(this.pos, this.pos + length).join('')
  }

  private parseAlternation(): Re2Node {
    const items = [this.parseConcatenation()]
    while (this.peek() === '|') {
      this.pos++
      items.push(this.parseConcatenation())
    }
    return items.length === 1 ? (items[0] ?? { kind: 'empty' }) : { kind: 'alternate', items }
  }

  private parseConcatenation(): Re2Node {
    const items: Re2Node[] = []
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const repeat = this.readRepeatOperator()
      if (repeat) {
        const last = items.pop()
        if (!last) throw new Re2SyntaxError(`missing argument to repetition operator: ${repeat.text}`)
        items.push({ kind: 'repeat', item: last, min: repeat.min, max: repeat.max })
        if (this.peek() === '+' && !repeat.text.endsWith('?')) throw new Re2Unsupported('possessive quantifiers (a*+)')
        const again = this.readRepeatOperator()
        if (again) throw new Re2SyntaxError(`bad repetition operator: ${repeat.text}${again.text}`)
        continue
      }
      items.push(...this.parseAtom())
    }
    return items.length === 1
      ? (items[0] ?? { kind: 'empty' })
      : items.length === 0
        ? { kind: 'empty' }
        : { kind: 'concat', items }
  }

  /** Reads *, +, ?, {n}, {n,} or {n,m} and an optional lazy `?`; undefined when none starts here. */
  private readRepeatOperator(): { min: number; max: number; text: string } | undefined {
    const c = this.peek()
    let found: { min: number; max: number; text: string } | undefined
    if (c === '*' || c === '+' || c === '?') {
      this.pos++
      found = { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : -1, text: c }
    } else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.rest(24))
      if (!braces) return undefined
      const min = Number(braces[1])
      const max = braces[2] === undefined ? min : braces[3] === '' ? -1 : Number(braces[3])
      if (min > maxRepeat || max > maxRepeat || (max !== -1 && max < min))
        throw new Re2SyntaxError(
          `bad repetition operator: ${braces[0]} (RE2 allows counts up to ${maxRepeat}, the smaller first)`,
        )
      this.pos += braces[0].length
      found = { min, max, text: braces[0] }
    }
    if (found && this.peek() === '?') {
      this.pos++
      found.text += '?'
    }
    return found
  }

  /** The nodes of one atom: none for a flag group such as (?i), one per character for \\Q…\\E. */
  private parseAtom(): Re2Node[] {
    const c = this.peek() ?? ''
    this.pos++
    switch (c) {
      case '(':
        return this.parseGroup()
      case '[':
        return [{ kind: 'char', test: this.parseClass() }]
      case '.': {
        const dotAll = this.flags.dotAll
        return [{ kind: 'char', test: (cp) => dotAll || cp !== 10 }]
      }
      case '^':
        return [assertion(this.flags.multiLine ? 'begin-line' : 'begin-text')]
      case '$':
        return [assertion(this.flags.multiLine ? 'end-line' : 'end-text')]
      case '\\':
        return this.fromEscape(parseEscape(this.chars, this.pos, false))
      default:
        return [this.literal(c)]
    }
  }

  private literal(c: string): Re2Node {
    return { kind: 'char', test: literalTest(c.codePointAt(0) ?? 0, this.flags.foldCase) }
  }

  private fromEscape(escape: EscapeResult): Re2Node[] {
    this.pos = escape.end
    switch (escape.kind) {
      case 'literal':
        return [{ kind: 'char', test: literalTest(escape.codePoint, this.flags.foldCase) }]
      case 'set':
        return [{ kind: 'char', test: classTest([{ test: escape.test }], false, this.flags.foldCase) }]
      case 'assert':
        return [assertion(escape.what)]
      case 'quoted':
        return [...escape.text].map((ch) => this.literal(ch))
    }
  }

  private parseGroup(): Re2Node[] {
    if (++this.depth > maxRepeat) throw new Re2SyntaxError('expression nests too deeply')
    const saved = this.flags
    if (this.peek() === '?') {
      const named = /^\?P?<([A-Za-z0-9_]*)>/.exec(this.rest(80))
      if (named) {
        if (named[1] === '') throw new Re2SyntaxError(`invalid named capture group: (${named[0]}`)
        this.pos += named[0].length
      } else if (this.readFlagGroup()) {
        this.depth--
        return []
      }
    }
    const body = this.parseAlternation()
    if (this.peek() !== ')') throw new Re2SyntaxError('missing closing ): a group is never closed')
    this.pos++
    this.flags = saved
    this.depth--
    return [body]
  }

  /** Reads `?flags)` (sets flags to the group's end; returns true) or `?flags:` (the group's body follows). */
  private readFlagGroup(): boolean {
    const other = /^\?(<?[=!]|>|P=)/.exec(this.rest(4))?.[1]
    if (other)
      throw new Re2Unsupported(
        other === '>'
          ? 'atomic groups ((?>…))'
          : other === 'P='
            ? 'backreferences (\\1, \\k<name>, (?P=name))'
            : 'lookarounds ((?=…), (?!…), (?<=…), (?<!…))',
      )
    const spec = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(this.rest(16))
    if (!spec || (spec[1] === '' && spec[2] === undefined && spec[3] === ')') || spec[2] === '')
      throw new Re2SyntaxError(`invalid or unsupported Perl syntax: (${this.rest(3)}`)
    this.pos += spec[0].length
    const on = spec[1] ?? ''
    const off = spec[2] ?? ''
    const pick = (letter: string, current: boolean) =>
      on.includes(letter) ? true : off.includes(letter) ? false : current
    this.flags = {
      foldCase: pick('i', this.flags.foldCase),
      multiLine: pick('m', this.flags.multiLine),
      dotAll: pick('s', this.flags.dotAll),
    }
    return spec[3] === ')'
  }

  private parseClass(): CharTest {
    const negated = this.peek() === '^'
    if (negated) this.pos++
    const items: ClassItem[] = []
    for (let first = true; ; first = false) {
      const c = this.peek()
      if (c === undefined) throw new Re2SyntaxError('missing closing ]: a character class is never closed')
      if (c === ']' && !first) break
      const posix = c === '[' && this.peek(1) === ':' ? /^\[:(\^?[a-z]+):\]/.exec(this.rest(16)) : null
      if (posix) {
        const test = posixClass(posix[1] ?? '')
        if (!test) throw new Re2SyntaxError(`invalid character class range: ${posix[0]}`)
        items.push({ test })
        this.pos += posix[0].length
        continue
      }
      const lo = this.readClassChar()
      if (typeof lo !== 'number') {
        items.push({ test: lo })
        continue
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.pos++
        const hi = this.readClassChar()
        if (typeof hi !== 'number' || hi < lo)
          throw new Re2SyntaxError('invalid character class range: a range must run from a lower to a higher character')
        items.push({ lo, hi })
      } else items.push({ lo, hi: lo })
    }
    this.pos++
    return classTest(items, negated, this.flags.foldCase)
  }

  /** One character of a class (a code point), or a named set (\d, \pL) that cannot bound a range. */
  private readClassChar(): number | CharTest {
    const c = this.peek() ?? ''
    this.pos++
    if (c !== '\\') return c.codePointAt(0) ?? 0
    const escape = parseEscape(this.chars, this.pos, true)
    this.pos = escape.end
    if (escape.kind === 'literal') return escape.codePoint
    if (escape.kind === 'set') return escape.test
    throw new Re2SyntaxError('invalid escape sequence inside a character class')
  }
}

const assertion = (what: Re2Assertion): Re2Node => ({ kind: 'assert', what })
