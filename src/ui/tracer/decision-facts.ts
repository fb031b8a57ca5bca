import type { VirtualService } from '../../core/generate/istio-types.ts'
import type { RouteDecision } from '../../core/route/trace-request-types.ts'
import { matchEntryLabel } from '../../core/traffic/match-labels.ts'

// The short facts shown under the explanation sentence of a traced request, as label/value pairs.

export interface Fact {
  readonly label: string
  readonly value: string
}

/** "served", "rejected with 404", "connection refused". */
export function outcomeLabel(decision: RouteDecision): string {
  if (decision.admitted) return 'Served'
  return decision.status === null ? 'Connection refused' : `Rejected · ${decision.status}`
}

/**
 * The route that matched and the match block that selected it, by their indexes in the VirtualService (as the
 * explanation sentence counts them), e.g. "http[0] match[1]: cookie ~ …".
 */
export function routeFact(decision: RouteDecision, vs: VirtualService | undefined): string | undefined {
  if (decision.routeIndex === null) return undefined
  const route = `${decision.routeKind === 'tcp' ? 'tcp' : 'http'}[${decision.routeIndex}]`
  if (decision.routeKind === 'tcp') return `${route} (by port)`
  const match = vs?.spec.http?.[decision.routeIndex]?.match
  if (!match || match.length === 0) return `${route}, no match conditions: every request that reaches it`
  const block = decision.matchIndex === null ? undefined : match[decision.matchIndex]
  return block ? `${route} match[${decision.matchIndex ?? 0}]: ${matchEntryLabel(block)}` : route
}

function retriesFact(decision: RouteDecision): string | undefined {
  const r = decision.retries
  if (!r) return undefined
  if (r.attempts === 0) return 'none (attempts: 0)'
  const perTry = r.perTryTimeout ? `, ${r.perTryTimeout} per try` : ''
  return `${r.attempts} attempts${perTry}, on ${r.retryOn}${r.isIstioDefault ? ' (Istio’s default: the route sets none)' : ''}`
}

/** The facts of a decision, in the order a reader follows the request. */
export function decisionFacts(decision: RouteDecision, vs: VirtualService | undefined): Fact[] {
  const facts: Fact[] = []
  const add = (label: string, value: string | undefined | null) => {
    if (value) facts.push({ label, value })
  }
  const g = decision.gateway
  add('Gateway', g && `${g.namespace}/${g.name}${g.serverIndex === null ? ' (not in this file: assumed to admit it)' : `, server ${g.serverIndex + 1}`}`)
  add('VirtualService', decision.virtualService ?? (decision.admitted ? 'none applies (plain Kubernetes Service routing)' : undefined))
  add('Route', routeFact(decision, vs))
  add('Set-Cookie', decision.setCookie)
  add('Retries', retriesFact(decision))
  add('Timeout', decision.timeout ?? (decision.admitted && decision.routeKind === 'http' ? 'none set (Istio: no timeout)' : undefined))
  const rw = decision.rewrite
  add('Rewrite', rw && [rw.uri && `uri → ${rw.uri}`, rw.authority && `authority → ${rw.authority}`].filter(Boolean).join(', '))
  return facts
}

/** Percent as written in the panel: whole numbers plain, others to one decimal. */
export const formatPercent = (p: number): string => `${Number.isInteger(p) ? p : p.toFixed(1)} %`
