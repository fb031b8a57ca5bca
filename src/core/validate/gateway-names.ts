// How Istio reads VirtualService.gateways entries: `mesh`, `<namespace>/<name>`, a bare `<name>` (the
// VirtualService's namespace, which Flagger makes the Canary's), or the legacy FQDN `<name>.<namespace>.svc…`.

export type GatewayReference =
  | { readonly kind: 'mesh' }
  | { readonly kind: 'qualified'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'bare'; readonly name: string }
  | { readonly kind: 'fqdn'; readonly namespace: string; readonly name: string }
  | { readonly kind: 'invalid'; readonly reason: string }

const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** Parses one `service.gateways` entry the way Istio's VirtualService validation does. */
export function parseGatewayReference(entry: string): GatewayReference {
  if (entry === 'mesh') return { kind: 'mesh' }
  if (entry === '') return { kind: 'invalid', reason: 'it is empty' }
  const parts = entry.split('/')
  if (parts.length > 2) return { kind: 'invalid', reason: 'it has more than one "/"' }
  if (parts.length === 2) {
    const [namespace = '', name = ''] = parts
    if (namespace === '' || name === '') return { kind: 'invalid', reason: 'the namespace or the name is empty' }
    if (!dnsLabel.test(namespace)) return { kind: 'invalid', reason: `"${namespace}" is not a valid namespace name` }
    if (!dnsLabel.test(name)) return { kind: 'invalid', reason: `"${name}" is not a valid Gateway name` }
    return { kind: 'qualified', namespace, name }
  }
  if (entry.includes('.')) {
    if (!dnsSubdomain.test(entry)) return { kind: 'invalid', reason: 'it is not a valid host name' }
    const [name = '', namespace = ''] = entry.split('.')
    return { kind: 'fqdn', namespace, name }
  }
  if (!dnsLabel.test(entry)) return { kind: 'invalid', reason: `"${entry}" is not a valid Gateway name` }
  return { kind: 'bare', name: entry }
}
