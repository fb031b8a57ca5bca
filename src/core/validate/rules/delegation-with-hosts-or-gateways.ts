import { report, type LintRule } from '../lint-rule.ts'

/** delegation with hosts or gateways: Flagger refuses to reconcile the VirtualService every interval. */
export const delegationWithHostsOrGateways: LintRule = {
  id: 'delegation-with-hosts-or-gateways',
  severity: 'warning',
  summary: 'service.delegation is true while hosts or gateways are set.',
  source: 'flagger-semantics.md §b.2 (delegation) and §c.3',
  check(ctx) {
    if (ctx.service.delegation !== true || ctx.provider !== 'istio') return []
    const keys = (['hosts', 'gateways'] as const).filter((k) => (ctx.service[k]?.length ?? 0) > 0)
    if (keys.length === 0) return []
    // reconcileVirtualService: "VirtualService <apex>.<ns> cannot have hosts and gateways when delegation enabled".
    return keys.map((k) =>
      report(
        this,
        ['spec', 'service', k],
        `With delegation the VirtualService must have no hosts and no gateways (the root VirtualService provides them), but ${k} is set: Flagger fails with "cannot have hosts and gateways when delegation enabled" every interval and never sets up routing. Remove ${k}, or turn delegation off.`,
        { fixes: [{ title: `Remove ${k}`, kind: 'remove', path: ['spec', 'service', k] }] },
      ),
    )
  },
}
