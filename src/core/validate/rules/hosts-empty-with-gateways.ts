import { apexName } from '../../model/effective.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** Ingress gateways without hosts: the VirtualService only answers for the apex name, which no external client uses. */
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
    // With no hosts, reconcileVirtualService writes hosts: [<apex>] only.
    return [
      report(
        this,
        ['spec', 'service', 'gateways'],
        `service.hosts is empty, so the VirtualService answers only for "${apex}". Requests through the ingress gateway carry your public host name (e.g. app.example.com) and do not match, so the gateway never routes them here. Add the public host(s) to service.hosts.`,
      ),
    ]
  },
}
