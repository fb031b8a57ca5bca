import type { IstioGateway } from '../gateway/istio-gateway.ts'
import type { TrafficNode } from './traffic-graph-types.ts'

/** One line per server of a Gateway: port, protocol, the hosts it admits and its TLS mode. */
export function serverLines(gateway: IstioGateway): string[] {
  return gateway.servers.map((s) => {
    const port = s.port.number === undefined ? '' : `:${s.port.number} `
    const tls = s.tlsMode ? ` · TLS ${s.tlsMode}` : s.httpsRedirect ? ' · redirects to HTTPS' : ''
    return `${port}${s.port.protocol} · ${s.hosts.join(', ') || 'no hosts'}${tls}`
  })
}

/**
 * Gateway nodes with the servers of the Gateway documents in the same file; a Gateway without a namespace is
 * applied into the Canary's namespace, as `kubectl apply` would.
 */
export function withGatewayServers(
  nodes: readonly TrafficNode[],
  gateways: readonly IstioGateway[],
  canaryNamespace: string,
): TrafficNode[] {
  if (gateways.length === 0) return [...nodes]
  const byId = new Map(gateways.map((g) => [`gateway:${g.namespace ?? canaryNamespace}/${g.name}`, g]))
  return nodes.map((node) => {
    const gateway = node.kind === 'gateway' ? byId.get(node.id) : undefined
    if (!gateway) return node
    const lines = serverLines(gateway)
    return {
      ...node,
      details: [...node.details, ...lines],
      explanation: `${node.explanation} Its Gateway is in this file: ${lines.length === 0 ? 'it has no servers, so it admits nothing' : `servers ${lines.join('; ')}`}.`,
    }
  })
}
