import type { FieldPath } from '../../diagnostic.ts'
import { report, type LintRule } from '../lint-rule.ts'

// Browsers join cookies with "; " (RFC 6265 §5.4), so "a=b; canary=always" is what the header holds. Flagger's
// docs (docs/gitbook/usage/deployment-strategies.md) give ^(.*?;)?(canary=always)(;.*)?$, which needs the ';'
// right before the name and so only matches when the cookie comes first or follows a ';' without a space.

/** The first literal `name=value` cookie pair a regex looks for, if any. */
function cookiePair(regex: string): string | undefined {
  return /[A-Za-z0-9_.!#$%&'*+^`|~-]+=[A-Za-z0-9_.!#$%&'*+^`|~-]+/.exec(regex)?.[0]
}

function matches(regex: string, text: string): boolean {
  try {
    return new RegExp(regex).test(text)
  } catch {
    return false
  }
}

/** The regex with `\s*` after the last ';' before the pair, when that makes it match after "; ". */
function spaceTolerant(regex: string, pair: string): string | undefined {
  const at = regex.indexOf(pair)
  const semicolon = regex.lastIndexOf(';', at)
  if (semicolon < 0) return undefined
  const fixed = `${regex.slice(0, semicolon + 1)}\\s*${regex.slice(semicolon + 1)}`
  return matches(fixed, `a=b; ${pair}`) && matches(fixed, pair) ? fixed : undefined
}

function* cookieRegexes(ctx: Parameters<LintRule['check']>[0]): Generator<{ path: FieldPath; regex: string }> {
  const lists = [
    { base: ['spec', 'analysis', 'match'], list: ctx.analysis.match ?? [] },
    { base: ['spec', 'service', 'match'], list: ctx.service.match ?? [] },
  ] as const
  for (const { base, list } of lists)
    for (const [i, entry] of list.entries())
      for (const [name, value] of Object.entries(entry.headers ?? {}))
        if (name.toLowerCase() === 'cookie' && typeof value?.regex === 'string')
          yield { path: [...base, i, 'headers', name, 'regex'], regex: value.regex }
}

/** A cookie-header regex that requires ';' directly before the cookie name misses what browsers send. */
export const cookieRegexRequiresNoSpace: LintRule = {
  id: 'cookie-regex-requires-no-space',
  severity: 'warning',
  summary: 'A cookie header regex needs ";" right before the name, but browsers send "; " (with a space).',
  source: "Flagger docs deployment-strategies.md (A/B cookie regex) and RFC 6265 §5.4 (the Cookie header's '; ')",
  check(ctx) {
    const out = []
    for (const { path, regex } of cookieRegexes(ctx)) {
      const pair = cookiePair(regex)
      if (pair === undefined || !matches(regex, pair) || !matches(regex, `a=b;${pair}`)) continue
      if (matches(regex, `a=b; ${pair}`)) continue
      const fixed = spaceTolerant(regex, pair)
      const fixes =
        fixed === undefined ? [] : [{ title: `Allow a space: ${fixed}`, kind: 'set' as const, path, value: fixed }]
      out.push(
        report(
          this,
          path,
          `This regex matches "${pair}" only first in the Cookie header or after ";" without a space, but browsers send "a=b; ${pair}", so most users who carry the cookie stay on the primary.${fixed === undefined ? ' Allow optional spaces after ";".' : ` Use ${fixed}.`}`,
          { fixes },
        ),
      )
    }
    return out
  },
}
