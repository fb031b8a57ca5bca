import { apexName } from '../../model/effective.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** Ingress gateways without hosts: the VirtualService answers only for the apex name, which external clients rarely use. */
export const hostsEmptyWithGateways: LintRule = {
  id: 'hosts-empty-with-gateways',
  severity: 'warning',
  summary: 'service.gateways names an ingress gateway but service.hosts is empty.',
  source: 'flagger-semantics.md §b.2 (hosts: service.hosts then the apex)',
  check(ctx) {
    const gateways = ctx.service.gateways ?? []
    if (ctx.provider !== 'istio' || ctx.service.delegation) return []
    if (!gateways.some((g) => g !== 'mesh') || (ctx.service.hosts?.length ?? 0) > 0) return []
    const apex = apexName(ctx.canary) || '<apex>'
    const fqdn = `${apex}.${ctx.canary.metadata?.namespace ?? '<namespace>'}.svc.cluster.local`
    // With no hosts, reconcileVirtualService writes hosts: [<apex>] only; Istio reads a short name in the
    // VirtualService's namespace, so a gateway that admits the cluster-local name still routes it.
    return [
      report(
        this,
        ['spec', 'service', 'gateways'],
        `service.hosts is empty, so the VirtualService answers only for "${apex}" (Istio reads it as ${fqdn}). Through the ingress gateway only requests with that Host (and a gateway server admitting it) reach the canary; clients using a public name such as app.example.com do not match. Add the public host(s) to service.hosts.`,
      ),
    ]
  },
}
