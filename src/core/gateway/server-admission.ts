import { hostMatchesPattern, serverHostAllowsNamespace, splitServerHost } from './host-patterns.ts'
import type { GatewayServer, IstioGateway } from './istio-gateway.ts'

// Which server of an Istio Gateway admits a request (istio pilot gateway listeners: one listener per port, one
// virtual host per server host; a VirtualService only binds to the server hosts whose namespace part allows its
// namespace). Protocols: HTTP, HTTP2, GRPC and GRPC-WEB serve plain-text HTTP; HTTPS terminates TLS (unless the
// mode is PASSTHROUGH / AUTO_PASSTHROUGH, which forwards by SNI to `tls` routes); TCP forwards to `tcp` routes.

/** How a request reaches the Gateway: plain HTTP, HTTPS, or a raw TCP connection. */
export type EntryProtocol = 'http' | 'https' | 'tcp'

/** The result of offering a request to a Gateway. */
export type Admission =
  | { readonly admitted: true; readonly server: GatewayServer; readonly routeKind: 'http' | 'tcp' }
  | { readonly admitted: false; readonly reason: string; readonly status: number | null; readonly server?: GatewayServer }

const plainHttp = new Set(['HTTP', 'HTTP2', 'GRPC', 'GRPC-WEB'])
const passthrough = new Set(['PASSTHROUGH', 'AUTO_PASSTHROUGH'])

function routeKindFor(server: GatewayServer, protocol: EntryProtocol): 'http' | 'tcp' | 'tls' | undefined {
  const p = server.port.protocol
  if (protocol === 'http') return plainHttp.has(p) ? 'http' : undefined
  if (protocol === 'https') {
    if (p === 'HTTPS') return passthrough.has(server.tlsMode ?? '') ? 'tls' : 'http'
    if (p === 'TLS') return passthrough.has(server.tlsMode ?? '') ? 'tls' : 'tcp'
    return undefined
  }
  return p === 'TCP' || p === 'MONGO' ? 'tcp' : p === 'TLS' ? 'tls' : undefined
}

function hostAdmits(server: GatewayServer, host: string, vsNamespace: string, gatewayNamespace: string): 'yes' | 'namespace' | 'no' {
  let sawHost = false
  for (const entry of server.hosts) {
    const { namespace, dnsName } = splitServerHost(entry)
    if (!hostMatchesPattern(dnsName, host)) continue
    sawHost = true
    if (serverHostAllowsNamespace(namespace, vsNamespace, gatewayNamespace)) return 'yes'
  }
  return sawHost ? 'namespace' : 'no'
}

function describePorts(gateway: IstioGateway): string {
  const ports = gateway.servers.map((s) => `${s.port.number ?? '?'}/${s.port.protocol || '?'}`)
  return ports.length > 0 ? ports.join(', ') : 'no servers'
}

/** Offers a request (host without port, port, protocol) to a Gateway for a VirtualService in `vsNamespace`. */
export function admitRequest(
  gateway: IstioGateway,
  request: { readonly host: string; readonly port: number; readonly protocol: EntryProtocol },
  vsNamespace: string,
  gatewayNamespace: string,
): Admission {
  const label = `Gateway ${gatewayNamespace}/${gateway.name}`
  const onPort = gateway.servers.filter((s) => s.port.number === request.port)
  if (onPort.length === 0)
    return { admitted: false, status: null, reason: `${label} has no server on port ${request.port} (it listens on ${describePorts(gateway)}), so the connection is refused` }
  const fitting = onPort.filter((s) => routeKindFor(s, request.protocol) !== undefined)
  if (fitting.length === 0)
    return { admitted: false, status: null, reason: `${label} serves ${onPort.map((s) => s.port.protocol).join('/')} on port ${request.port}, not ${request.protocol.toUpperCase()}` }
  let namespaceRefusal: GatewayServer | undefined
  for (const server of fitting) {
    // Plain TCP servers do not look at the host; SNI and Host do the matching otherwise.
    const verdict = request.protocol === 'tcp' && server.port.protocol !== 'TLS' ? 'yes' : hostAdmits(server, request.host, vsNamespace, gatewayNamespace)
    if (verdict === 'namespace') namespaceRefusal ??= server
    if (verdict !== 'yes') continue
    const kind = routeKindFor(server, request.protocol)
    if (server.httpsRedirect && kind === 'http' && request.protocol === 'http')
      return { admitted: false, status: 301, server, reason: `${label} answers plain HTTP on port ${request.port} with a 301 redirect to HTTPS (tls.httpsRedirect)` }
    if (kind === 'tls')
      return { admitted: false, status: null, server, reason: `${label} passes TLS through on port ${request.port} (mode ${server.tlsMode ?? ''}) to tls routes, and Flagger's VirtualService has none` }
    return { admitted: true, server, routeKind: kind === 'tcp' ? 'tcp' : 'http' }
  }
  if (namespaceRefusal)
    return {
      admitted: false,
      status: 404,
      server: namespaceRefusal,
      reason: `${label} admits the host ${request.host} only for VirtualServices of other namespaces (${namespaceRefusal.hosts.join(', ')}), not ${vsNamespace}: 404`,
    }
  const hosts = [...new Set(fitting.flatMap((s) => s.hosts))].join(', ')
  return { admitted: false, status: 404, reason: `no server of ${label} on port ${request.port} admits the host ${request.host} (its hosts: ${hosts || 'none'}): 404` }
}
