import type { CanaryMatch, ServiceMatch } from '../catalog/canary-fields.ts'
import type { FieldPath } from '../diagnostic.ts'
import { httpMatchRequest } from './flagger-structs.ts'
import type { HttpMatchRequest } from './istio-types.ts'

/** A match condition with the Canary fields it came from. */
export interface TracedMatch {
  readonly match: HttpMatchRequest
  readonly from: readonly FieldPath[]
}

type MatchInput = { readonly entry: CanaryMatch; readonly from: FieldPath }

/**
 * Flagger istio.go mergeMatchConditions: with no service.match the canary conditions are used as they are;
 * otherwise the cross product (outer: canary conditions, inner: service.match), each a copy of the service.match
 * entry whose headers and sourceLabels are replaced by the canary condition's when it has them. Everything else
 * in the canary condition is dropped.
 */
export function mergeMatchConditions(conditions: readonly MatchInput[], serviceMatch: readonly ServiceMatch[] | undefined): TracedMatch[] {
  const defaults = serviceMatch ?? []
  if (defaults.length === 0) return conditions.map((c) => ({ match: httpMatchRequest(c.entry), from: [c.from] }))
  const merged: TracedMatch[] = []
  for (const c of conditions) {
    defaults.forEach((d, j) => {
      const entry: ServiceMatch = {
        ...d,
        ...(c.entry.headers !== undefined ? { headers: c.entry.headers } : {}),
        ...(c.entry.sourceLabels !== undefined ? { sourceLabels: c.entry.sourceLabels } : {}),
      }
      merged.push({ match: httpMatchRequest(entry), from: [c.from, ['spec', 'service', 'match', j]] })
    })
  }
  return merged
}

/** The analysis.match conditions, merged with service.match, for the A/B route. */
export function analysisMatchConditions(analysisMatch: readonly CanaryMatch[], serviceMatch: readonly ServiceMatch[] | undefined): TracedMatch[] {
  return mergeMatchConditions(
    analysisMatch.map((entry, i) => ({ entry, from: ['spec', 'analysis', 'match', i] })),
    serviceMatch,
  )
}

/**
 * Flagger istio.go getSessionAffinityRouteRules: the Cookie header regex `.*<name>.*<letters>.*` built from the
 * two halves of "<name>=<letters>" (split at "="), merged with service.match like any canary condition.
 */
export function cookieMatchConditions(
  cookie: string,
  from: FieldPath,
  serviceMatch: readonly ServiceMatch[] | undefined,
): TracedMatch[] {
  const [name = '', letters = ''] = cookie.split('=')
  const entry: CanaryMatch = { headers: { Cookie: { regex: `.*${name}.*${letters}.*` } } }
  return mergeMatchConditions([{ entry, from }], serviceMatch)
}
