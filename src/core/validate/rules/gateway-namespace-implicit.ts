import type { Diagnostic, FieldPath, QuickFix } from '../../diagnostic.ts'
import { parseGatewayReference } from '../gateway-names.ts'
import { report, type LintRule } from '../lint-rule.ts'

const setTo = (path: FieldPath, value: string, title = `Change to ${value}`): QuickFix => ({
  title,
  kind: 'set',
  path,
  value,
})

function explain(rule: LintRule, entry: string, path: FieldPath, namespace: string | undefined): Diagnostic[] {
  const ref = parseGatewayReference(entry)
  if (ref.kind === 'fqdn') {
    const qualified = `${ref.namespace}/${ref.name}`
    return [
      report(
        rule,
        path,
        `"${entry}" is Istio's legacy gateway format; Istio reads it as ${qualified}. Prefer \`${qualified}\`.`,
        { fixes: [setTo(path, qualified)] },
      ),
    ]
  }
  if (ref.kind !== 'bare') return []
  // Istio resolves a gateway without namespace in the VirtualService's namespace, which Flagger makes the Canary's.
  const fixes = [setTo(path, `istio-system/${ref.name}`, `Use istio-system/${ref.name}`)]
  if (namespace) fixes.unshift(setTo(path, `${namespace}/${ref.name}`, `Make explicit: ${namespace}/${ref.name}`))
  const here = namespace ?? "the Canary's namespace"
  return [
    report(
      rule,
      path,
      `Gateway "${entry}" has no namespace, so Istio looks for it in the VirtualService's namespace, which is the Canary's (${here}). Shared ingress gateways usually live elsewhere (e.g. istio-system/${ref.name}); if so, write \`<namespace>/${ref.name}\`, or the gateway's traffic never reaches this VirtualService.`,
      { fixes },
    ),
  ]
}

/** A bare gateway name: Istio looks for that Gateway in the Canary's own namespace. */
export const gatewayNamespaceImplicit: LintRule = {
  id: 'gateway-namespace-implicit',
  severity: 'info',
  summary: "A gateways entry without a namespace means a Gateway in the Canary's own namespace.",
  source: "flagger-semantics.md §b.1–b.2 (the VirtualService lives in the Canary's namespace) and Istio gateway naming",
  check(ctx) {
    if (ctx.provider !== 'istio') return []
    const namespace = ctx.canary.metadata?.namespace
    return (ctx.service.gateways ?? []).flatMap((entry, i) =>
      explain(this, entry, ['spec', 'service', 'gateways', i], namespace),
    )
  },
}
