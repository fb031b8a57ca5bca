import { effectiveGateways } from '../../model/effective.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** hosts ["*"] on the mesh gateway: Istio rejects a wildcard host for mesh-bound VirtualServices. */
export const hostsWildcardWithMesh: LintRule = {
  id: 'hosts-wildcard-with-mesh',
  severity: 'warning',
  summary: 'service.hosts contains "*" while the VirtualService is bound to the mesh gateway.',
  source: 'flagger-semantics.md §b.2 (hosts, gateways: empty ⇒ mesh) and Istio VirtualService validation',
  check(ctx) {
    if (ctx.provider !== 'istio' || ctx.service.delegation) return []
    const at = (ctx.service.hosts ?? []).indexOf('*')
    if (at < 0 || !effectiveGateways(ctx.canary).includes('mesh')) return []
    const implicit = (ctx.service.gateways?.length ?? 0) === 0 ? ' (no gateways means mesh)' : ''
    // Istio validation: the wildcard host "*" is not allowed for VirtualServices bound to the mesh gateway; it would
    // capture every in-mesh call. Flagger keeps "*" and skips appending the apex.
    return [
      report(
        this,
        ['spec', 'service', 'hosts', at],
        `hosts "*" with the mesh gateway${implicit}: Istio rejects this VirtualService (a wildcard host would capture every call in the mesh), so Flagger cannot set up routing. Use "*" only with ingress gateways, or list real host names.`,
        {
          fixes: [
            {
              title: 'Remove "*"',
              kind: 'set',
              path: ['spec', 'service', 'hosts'],
              value: (ctx.service.hosts ?? []).filter((h) => h !== '*'),
            },
          ],
        },
      ),
    ]
  },
}
