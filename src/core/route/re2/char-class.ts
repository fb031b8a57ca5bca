// Character sets of the RE2 syntax (https://github.com/google/re2/wiki/Syntax), as predicates over one code point.
// Each predicate looks at a single character, so a set costs constant time per input character.

/** Whether one code point belongs to a set. */
export type CharTest = (codePoint: number) => boolean

/** One member of a bracketed class: a code-point range, or a named set such as \d or [:alpha:] or \p{Greek}. */
export type ClassItem = { readonly lo: number; readonly hi: number } | { readonly test: CharTest }

const inRanges =
  (ranges: readonly (readonly [number, number])[]): CharTest =>
  (c) =>
    ranges.some(([lo, hi]) => c >= lo && c <= hi)

const negate =
  (test: CharTest): CharTest =>
  (c) =>
    !test(c)

const ascii = (spec: string): CharTest => {
  const ranges: [number, number][] = []
  for (let i = 0; i < spec.length; i++) {
    const lo = spec.codePointAt(i) ?? 0
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      ranges.push([lo, spec.codePointAt(i + 2) ?? lo])
      i += 2
    } else ranges.push([lo, lo])
  }
  return inRanges(ranges)
}

// RE2's Perl classes are ASCII-only: \s is [\t\n\f\r ] (no \v), \w is [0-9A-Za-z_].
const perlClasses: Record<string, CharTest> = { d: ascii('0-9'), s: ascii('\t\n\f\r '), w: ascii('0-9A-Za-z_') }

const posixClasses: Record<string, CharTest> = {
  alnum: ascii('0-9A-Za-z'),
  alpha: ascii('A-Za-z'),
  ascii: ascii('\x00-\x7f'),
  blank: ascii('\t '),
  cntrl: inRanges([
    [0, 0x1f],
    [0x7f, 0x7f],
  ]),
  digit: ascii('0-9'),
  graph: ascii('!-~'),
  lower: ascii('a-z'),
  print: ascii(' -~'),
  punct: ascii('!-/:-@[-`{-~'),
  space: ascii('\t\n\v\f\r '),
  upper: ascii('A-Z'),
  word: ascii('0-9A-Za-z_'),
  xdigit: ascii('0-9A-Fa-f'),
}

/** \d \s \w and their negations \D \S \W; undefined for another letter. */
export function perlClass(letter: string): CharTest | undefined {
  const test = perlClasses[letter.toLowerCase()]
  if (!test) return undefined
  return letter === letter.toLowerCase() ? test : negate(test)
}

/** A POSIX class body such as `alpha` or `^digit` (from `[[:alpha:]]`); undefined when RE2 does not know the name. */
export function posixClass(body: string): CharTest | undefined {
  const negated = body.startsWith('^')
  const test = posixClasses[negated ? body.slice(1) : body]
  if (!test) return undefined
  return negated ? negate(test) : test
}

const generalCategory = /^(?:[LMNPSZC]|L[ultmo]|M[nce]|N[dlo]|P[cdseifo]|S[mcko]|Z[slp]|C[cfson])$/

/** A Unicode class name from \pN or \p{Greek} or \p{^Greek}; undefined when the name is not one RE2 knows. */
export function unicodeClass(name: string): CharTest | undefined {
  const negated = name.startsWith('^')
  const bare = negated ? name.slice(1) : name
  if (!/^[A-Za-z_]+$/.test(bare)) return undefined
  let test: CharTest
  if (bare === 'Any') test = () => true
  else {
    const property = generalCategory.test(bare) ? `General_Category=${bare}` : `Script=${bare}`
    let probe: RegExp
    try {
      // A fixed one-character pattern: its cost does not depend on the input.
      probe = new RegExp(`^\\p{${property}}$`, 'u')
    } catch {
      return undefined
    }
    test = (c) => probe.test(String.fromCodePoint(c))
  }
  return negated ? negate(test) : test
}

/** The code points a character can stand for when case is ignored: its case orbit, as K, k and the Kelvin sign. */
function caseVariants(c: number): number[] {
  const out = [c]
  // Two rounds of lower/upper reach the whole orbit for the simple foldings RE2 uses (K → k → K, Kelvin → k → K).
  for (let i = 0; i < out.length && i < 4; i++) {
    const ch = String.fromCodePoint(out[i] ?? c)
    for (const other of [ch.toLowerCase(), ch.toUpperCase()]) {
      const cp = other.codePointAt(0)
      if (cp !== undefined && [...other].length === 1 && !out.includes(cp)) out.push(cp)
    }
  }
  return out
}

/** A set from class items; folding applies before negation, as in RE2 (`(?i)[^k]` refuses both k and K). */
export function classTest(items: readonly ClassItem[], negated: boolean, foldCase: boolean): CharTest {
  const member = (c: number): boolean =>
    items.some((item) => ('test' in item ? item.test(c) : c >= item.lo && c <= item.hi))
  const positive: CharTest = foldCase ? (c) => caseVariants(c).some(member) : member
  return negated ? negate(positive) : positive
}

/** One literal character, with its case variants when case is ignored. */
export function literalTest(codePoint: number, foldCase: boolean): CharTest {
  if (!foldCase) return (c) => c === codePoint
  const variants = caseVariants(codePoint)
  if (variants.length === 1) return (c) => c === codePoint
  return (c) => variants.includes(c) || caseVariants(c).includes(codePoint)
}

/** RE2's ASCII word characters, for \b and \B. */
export const isWordChar: CharTest = perlClasses.w ?? (() => false)
