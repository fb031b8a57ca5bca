import type { Canary } from '../catalog/canary-fields.ts'
import type { Diagnostic } from '../diagnostic.ts'
import { apexName } from '../model/effective.ts'
import { canaryNamespace, findGateway, formatGatewayKey, resolveGatewayRef } from './gateway-ref.ts'
import { hostPatternsOverlap, qualifyHost, serverHostAllowsNamespace, splitServerHost } from './host-patterns.ts'
import type { IstioGateway } from './istio-gateway.ts'

// Lint of the Canary's service.gateways against the Istio Gateway documents in the same file. The hosts a
// VirtualService binds on a gateway are the intersection of its hosts (service.hosts plus the apex, Flagger
// istio.go reconcileVirtualService) with the server hosts whose namespace part allows the VS namespace.

/** The VirtualService hosts Flagger writes: service.hosts, then the apex unless already listed or `*` (§b.2). */
export function canaryVirtualServiceHosts(canary: Canary): string[] {
  const hosts = [...(canary.spec?.service?.hosts ?? [])]
  const apex = apexName(canary)
  if (apex !== '' && !hosts.includes(apex) && !hosts.includes('*')) hosts.push(apex)
  return hosts
}

function admitsAnyHost(gateway: IstioGateway, vsHosts: readonly string[], vsNamespace: string, gatewayNamespace: string): boolean {
  return gateway.servers.some((server) =>
    server.hosts.some((entry) => {
      const { namespace, dnsName } = splitServerHost(entry)
      if (!serverHostAllowsNamespace(namespace, vsNamespace, gatewayNamespace)) return false
      return vsHosts.some((h) => hostPatternsOverlap(dnsName, qualifyHost(h, vsNamespace)))
    }),
  )
}

/** Diagnostics about service.gateways and the Gateway documents in the file. */
export function lintGateways(canary: Canary, gateways: readonly IstioGateway[]): Diagnostic[] {
  const namespace = canaryNamespace(canary)
  const refs = canary.spec?.service?.gateways ?? []
  const vsHosts = canaryVirtualServiceHosts(canary)
  const out: Diagnostic[] = []
  const referenced = new Set<IstioGateway>()
  refs.forEach((ref, i) => {
    const key = resolveGatewayRef(ref, namespace)
    if (key.kind === 'mesh') return
    const path = ['spec', 'service', 'gateways', i]
    const gateway = findGateway(gateways, key, namespace)
    if (!gateway) {
      out.push({ severity: 'info', rule: 'gateway-defined-elsewhere', path, message: `Gateway ${formatGatewayKey(key)} is not in this file; it must exist in the cluster for requests to enter through it.` })
      return
    }
    referenced.add(gateway)
    if (!admitsAnyHost(gateway, vsHosts, namespace, gateway.namespace ?? namespace))
      out.push({
        severity: 'warning',
        rule: 'gateway-admits-no-canary-host',
        path,
        message:
          `Gateway ${formatGatewayKey(key)} admits none of the VirtualService's hosts (${vsHosts.join(', ')}) for namespace ${namespace}: ` +
          `its servers list ${gateway.servers.flatMap((s) => s.hosts).join(', ') || 'no hosts'}, so no request through it reaches the canary routes. Add a matching host to service.hosts or to the Gateway.`,
      })
  })
  for (const gateway of gateways) {
    if (referenced.has(gateway)) continue
    const ref = `${gateway.namespace ?? namespace}/${gateway.name}`
    out.push({
      severity: 'warning',
      rule: 'gateway-not-referenced',
      path: ['spec', 'service', 'gateways'],
      message: `Gateway ${ref} is in this file but not in service.gateways, so the VirtualService Flagger generates does not bind to it and requests entering through it never reach the canary.`,
      fixes: [{ title: `Add ${ref} to service.gateways`, kind: 'set', path: ['spec', 'service', 'gateways'], value: [...refs, ref] }],
    })
  }
  return out
}
