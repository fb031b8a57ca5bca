import { report, type LintRule } from '../lint-rule.ts'

/** Gateways listed without `mesh`: in-cluster callers bypass the canary routing. */
export const externalGatewayWithoutMesh: LintRule = {
  id: 'external-gateway-without-mesh',
  severity: 'info',
  summary: 'service.gateways lists only ingress gateways, so in-mesh calls never reach the canary.',
  source: 'flagger-semantics.md §b.2 (gateways exactly as written; empty ⇒ mesh)',
  check(ctx) {
    const gateways = ctx.service.gateways ?? []
    if (ctx.provider !== 'istio' || gateways.length === 0 || gateways.includes('mesh') || ctx.service.delegation)
      return []
    // The VS binds only to the listed gateways; sidecar traffic to <apex> goes to the apex Service = primary pods.
    return [
      report(
        this,
        ['spec', 'service', 'gateways'],
        'Only traffic entering through these gateways is split between primary and canary. Calls from inside the mesh to this service skip the VirtualService, reach the apex Service (primary pods only) and never see the canary. Add `mesh` if in-cluster clients should take part.',
        {
          fixes: [
            { title: 'Add mesh', kind: 'set', path: ['spec', 'service', 'gateways'], value: [...gateways, 'mesh'] },
          ],
        },
      ),
    ]
  },
}
