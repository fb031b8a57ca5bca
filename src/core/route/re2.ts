// Istio hands `regex` string matches to Envoy's safe_regex (Google RE2), which matches the whole value
// ("the entire path (without the query string) must match the regex", Envoy route.proto). JavaScript's RegExp
// differs: we anchor it for full-string semantics, translate the RE2-only spellings, and refuse what RE2 rejects
// (lookarounds, backreferences, atomic groups) because Istio's validation refuses such a VirtualService.

/** A compiled RE2 pattern, or why it cannot be used. */
export type Re2Result = { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly error: string }

const notRe2: readonly [RegExp, string][] = [
  [/\(\?<?[=!]/, 'lookarounds ((?=…), (?!…), (?<=…), (?<!…))'],
  [/\\[1-9]|\\k</, 'backreferences (\\1, \\k<name>)'],
  [/\(\?>/, 'atomic groups ((?>…))'],
  [/[*+?}][+]/, 'possessive quantifiers (a*+)'],
  [/\\Z/, '\\Z (RE2 spells the end of text \\z)'],
]

const posixClasses: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\t\\n\\v\\f\\r ',
  xdigit: '0-9A-Fa-f',
  word: '0-9A-Za-z_',
  punct: '!-\\/:-@\\[-`{-~',
}

function translate(pattern: string): { source: string; flags: string } | string {
  let source = pattern
  let flags = ''
  const leading = /^\(\?([imsU]+)\)/.exec(source)
  if (leading) {
    const letters = leading[1] ?? ''
    if (/[mU]/.test(letters)) return `the flag group (?${letters}) is not supported by this preview`
    flags = letters
    source = source.slice(leading[0].length)
  }
  if (/\(\?[a-zA-Z-]+[:)]/.test(source)) return 'inline flag groups after the start, such as (?i:…), are not supported by this preview'
  if (/\\[pP]/.test(source)) return 'Unicode classes (\\pL, \\p{Greek}) are not supported by this preview'
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$')
    .replace(/\[:(\^?)([a-z]+):\]/g, (whole, negated: string, name: string) => {
      const cls = posixClasses[name]
      return cls === undefined || negated ? whole : cls
    })
  return { source, flags }
}

/** Compiles an RE2 pattern into a JavaScript RegExp that matches only whole strings, as Envoy's safe_regex does. */
export function compileRe2(pattern: string): Re2Result {
  for (const [construct, what] of notRe2)
    if (construct.test(pattern)) return { ok: false, error: `regex ${JSON.stringify(pattern)} uses ${what}, which RE2 does not support: Istio rejects the VirtualService` }
  const translated = translate(pattern)
  if (typeof translated === 'string') return { ok: false, error: `regex ${JSON.stringify(pattern)}: ${translated}` }
  try {
    return { ok: true, regex: new RegExp(`^(?:${translated.source})$`, translated.flags) }
  } catch (err) {
    return { ok: false, error: `regex ${JSON.stringify(pattern)} does not compile: ${err instanceof Error ? err.message : String(err)}` }
  }
}
