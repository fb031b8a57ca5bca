import type { FieldPath } from '../../diagnostic.ts'
import { parseGatewayReference } from '../gateway-names.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** A bare gateway name: Istio looks for that Gateway in the Canary's own namespace. */
export const gatewayNamespaceImplicit: LintRule = {
  id: 'gateway-namespace-implicit',
  severity: 'info',
  summary: "A gateways entry without a namespace means a Gateway in the Canary's own namespace.",
  source: "flagger-semantics.md §b.1–b.2 (the VirtualService lives in the Canary's namespace) and Istio gateway naming",
  check(ctx) {
    if (ctx.provider !== 'istio') return []
    const namespace = ctx.canary.metadata?.namespace
    return (ctx.service.gateways ?? []).flatMap((entry, i) => {
      const ref = parseGatewayReference(entry)
      const path: FieldPath = ['spec', 'service', 'gateways', i]
      if (ref.kind === 'fqdn')
        return [
          report(
            this,
            path,
            `"${entry}" is Istio's legacy gateway format; Istio reads it as ${ref.namespace}/${ref.name}. Prefer \`${ref.namespace}/${ref.name}\`.`,
            {
              fixes: [
                {
                  title: `Change to ${ref.namespace}/${ref.name}`,
                  kind: 'set',
                  path,
                  value: `${ref.namespace}/${ref.name}`,
                },
              ],
            },
          ),
        ]
      if (ref.kind !== 'bare') return []
      const here = namespace ?? "the Canary's namespace"
      const fixes = [
        { title: `Use istio-system/${ref.name}`, kind: 'set' as const, path, value: `istio-system/${ref.name}` },
      ]
      if (namespace)
        fixes.unshift({
          title: `Make explicit: ${namespace}/${ref.name}`,
          kind: 'set',
          path,
          value: `${namespace}/${ref.name}`,
        })
      return [
        report(
          this,
          path,
          `Gateway "${entry}" has no namespace, so Istio looks for it in the VirtualService's namespace, which is the Canary's (${here}). Shared ingress gateways usually live elsewhere (e.g. istio-system/${ref.name}); if so, write \`<namespace>/${ref.name}\`, or the gateway's traffic never reaches this VirtualService.`,
          { fixes },
        ),
      ]
    })
  },
}
