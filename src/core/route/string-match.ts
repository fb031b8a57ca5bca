import type { StringMatch } from '../generate/istio-types.ts'
import { compileRe2 } from './re2.ts'

// Istio StringMatch (networking.istio.io HTTPMatchRequest): exact, prefix or regex (RE2, whole value). A match
// with none of them (`{}`) only asks that the header / query parameter be present. `suffix` is not an Istio
// field: the CRD's structural schema prunes it, leaving `{}`.

/** Whether a value satisfies a StringMatch, or the error that makes the match unusable. */
export type MatchVerdict = { readonly matched: boolean; readonly error?: string }

/** Describes a StringMatch the way a person reads it: `exact "insider"`, `prefix "/api"`, `regex ".*"`. */
export function describeStringMatch(m: StringMatch): string {
  if (m.exact !== undefined) return `exact ${JSON.stringify(m.exact)}`
  if (m.prefix !== undefined) return `prefix ${JSON.stringify(m.prefix)}`
  if (m.regex !== undefined) return `regex ${JSON.stringify(m.regex)}`
  return 'present'
}

/** Applies a StringMatch to a value (undefined = absent); `ignoreCase` lowers exact and prefix only, as Envoy does. */
export function matchString(m: StringMatch, value: string | undefined, ignoreCase = false): MatchVerdict {
  if (value === undefined) return { matched: false }
  const fold = (s: string) => (ignoreCase ? s.toLowerCase() : s)
  if (m.exact !== undefined) return { matched: fold(value) === fold(m.exact) }
  if (m.prefix !== undefined) return { matched: fold(value).startsWith(fold(m.prefix)) }
  if (m.regex !== undefined) {
    const compiled = compileRe2(m.regex)
    if (!compiled.ok) return { matched: false, error: compiled.error }
    return compiled.regex.match(value)
  }
  return { matched: true }
}
