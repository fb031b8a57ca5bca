import type { Canary } from '../catalog/canary-fields.ts'
import type { IstioGateway } from './istio-gateway.ts'

// How Istio names a Gateway from a VirtualService (VirtualService.gateways, HTTPMatchRequest.gateways): the
// reserved word `mesh`, `<namespace>/<name>`, a bare `<name>` meaning the VirtualService's own namespace, or the
// legacy `<name>.<namespace>.svc.cluster.local` form (Istio pilot model resolveGatewayName).

/** A resolved gateway reference: the mesh (sidecars) or one Gateway by namespace and name. */
export type GatewayKey = { readonly kind: 'mesh' } | { readonly kind: 'gateway'; readonly namespace: string; readonly name: string }

/** The namespace a document without metadata.namespace lands in; we assume `default` (kubectl's without -n). */
export const fallbackNamespace = 'default'

/** The Canary's namespace, `default` when the document sets none. */
export function canaryNamespace(canary: Canary): string {
  return canary.metadata?.namespace || fallbackNamespace
}

/** Resolves a gateway reference relative to the namespace of the object that holds it. */
export function resolveGatewayRef(ref: string, holderNamespace: string): GatewayKey {
  const trimmed = ref.trim()
  if (trimmed === 'mesh') return { kind: 'mesh' }
  const slash = trimmed.indexOf('/')
  if (slash >= 0) return { kind: 'gateway', namespace: trimmed.slice(0, slash), name: trimmed.slice(slash + 1) }
  const dot = trimmed.indexOf('.')
  if (dot >= 0) {
    const [name = '', namespace = holderNamespace] = trimmed.split('.')
    return { kind: 'gateway', namespace, name }
  }
  return { kind: 'gateway', namespace: holderNamespace, name: trimmed }
}

/** `mesh` or `namespace/name`. */
export function formatGatewayKey(key: GatewayKey): string {
  return key.kind === 'mesh' ? 'mesh' : `${key.namespace}/${key.name}`
}

/** Whether two resolved references name the same entry. */
export function sameGateway(a: GatewayKey, b: GatewayKey): boolean {
  if (a.kind === 'mesh' || b.kind === 'mesh') return a.kind === b.kind
  return a.namespace === b.namespace && a.name === b.name
}

/** The Gateway document a reference names, if it is in the file (a Gateway without namespace sits in `fallback`). */
export function findGateway(gateways: readonly IstioGateway[], key: GatewayKey, fallback: string): IstioGateway | undefined {
  if (key.kind === 'mesh') return undefined
  return gateways.find((g) => g.name === key.name && (g.namespace ?? fallback) === key.namespace)
}
