import { parseGatewayReference } from '../gateway-names.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** A service.gateways entry Istio's validation rejects: the VirtualService cannot be created. */
export const gatewayReferenceInvalid: LintRule = {
  id: 'gateway-reference-invalid',
  severity: 'warning',
  summary: 'A gateways entry is not `mesh`, `<namespace>/<name>` or `<name>`, so Istio rejects the VirtualService.',
  source: 'flagger-semantics.md §b.2 (gateways copied as written) and Istio VirtualService validation',
  check(ctx) {
    if (ctx.provider !== 'istio') return []
    return (ctx.service.gateways ?? []).flatMap((entry, i) => {
      const ref = parseGatewayReference(entry)
      if (ref.kind !== 'invalid') return []
      // Flagger copies gateways verbatim; Istio's webhook rejects the VS, so reconcile fails every interval.
      return [
        report(
          this,
          ['spec', 'service', 'gateways', i],
          `Gateway "${entry}" cannot be resolved by Istio: ${ref.reason}. Flagger copies it into the VirtualService, which Istio then rejects, so routing is never set up. Write \`mesh\`, \`<namespace>/<gateway>\` (e.g. istio-system/public-gateway) or a bare \`<gateway>\` in the Canary's namespace.`,
        ),
      ]
    })
  },
}
