import type { HttpMatchRequest, StringMatch } from '../generate/istio-types.ts'

// Short, readable forms of Istio match conditions for edge labels: conditions inside one match entry all apply
// ("and"); the entries of a list are alternatives ("or").

function stringMatchText(m: StringMatch): string {
  if (m.exact !== undefined) return `= ${m.exact}`
  if (m.prefix !== undefined) return `starts with ${m.prefix}`
  if (m.suffix !== undefined) return `ends with ${m.suffix}`
  if (m.regex !== undefined) return `~ ${m.regex}`
  return 'present'
}

const mapText = (prefix: string, map: Record<string, StringMatch> | undefined): string[] =>
  Object.entries(map ?? {}).map(([k, v]) => `${prefix}${k} ${stringMatchText(v)}`)

/** One match entry as "header x-canary = insider and uri starts with /api". */
export function matchEntryLabel(m: HttpMatchRequest): string {
  const parts = [
    ...(m.uri ? [`uri ${stringMatchText(m.uri)}`] : []),
    ...(m.method ? [`method ${stringMatchText(m.method)}`] : []),
    ...(m.authority ? [`authority ${stringMatchText(m.authority)}`] : []),
    ...(m.scheme ? [`scheme ${stringMatchText(m.scheme)}`] : []),
    ...mapText('', m.headers),
    ...mapText('?', m.queryParams),
    ...mapText('without ', m.withoutHeaders),
    ...Object.entries(m.sourceLabels ?? {}).map(([k, v]) => `from ${k}=${v}`),
    ...(m.port !== undefined ? [`port ${m.port}`] : []),
    ...(m.sourceNamespace ? [`from namespace ${m.sourceNamespace}`] : []),
  ]
  return parts.length > 0 ? parts.join(' and ') : 'any request'
}

/** A match list as alternatives: "a or b"; "all requests" when there is none. */
export function matchListLabel(match: readonly HttpMatchRequest[] | undefined): string {
  if (!match || match.length === 0) return 'all requests'
  return match.map(matchEntryLabel).join(' or ')
}

/** A Cookie-header match as the cookie it looks for: ".*name.*letters.*" → "cookie name". */
export function cookieName(match: readonly HttpMatchRequest[] | undefined): string | undefined {
  const regex = match?.[0]?.headers?.Cookie?.regex
  const m = regex ? /^\.\*(.*?)\.\*.*\.\*$/.exec(regex) : null
  return m?.[1]
}
