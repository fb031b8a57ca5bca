import { canaryVirtualServiceHosts } from '../../gateway/gateway-lint.ts'
import { apexName } from '../../model/effective.ts'
import { report, type LintContext, type LintRule } from '../lint-rule.ts'

// Flagger router/istio.go reconcileVirtualService: when a VirtualService named after the apex Service already
// exists in the Canary's namespace, Flagger updates it in place with its own spec, labels and annotations
// (newSpec, newMetadata from service.apex). The old spec survives only in the flagger.kubernetes.io/original-
// configuration annotation (router.go), which revertOnDeletion uses.

type Doc = Record<string, unknown>

const isRecord = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

function takenOver(ctx: LintContext, apex: string): Doc | undefined {
  const namespace = ctx.canary.metadata?.namespace
  return ctx.documents.filter(isRecord).find((doc) => {
    const meta = isRecord(doc.metadata) ? doc.metadata : {}
    const isVs =
      doc.kind === 'VirtualService' &&
      typeof doc.apiVersion === 'string' &&
      doc.apiVersion.startsWith('networking.istio.io/')
    // A document without a namespace lands where the Canary does when both are applied with the same -n.
    const sameNamespace = meta.namespace === undefined || namespace === undefined || meta.namespace === namespace
    return isVs && meta.name === apex && sameNamespace
  })
}

function losses(ctx: LintContext, spec: Doc): string[] {
  const hosts = canaryVirtualServiceHosts(ctx.canary)
  const gateways = (ctx.service.gateways ?? []).length > 0 ? (ctx.service.gateways ?? []) : ['mesh']
  const lostHosts = strings(spec.hosts).filter((h) => !hosts.includes(h))
  const lostGateways = strings(spec.gateways).filter((g) => !gateways.includes(g))
  const http = Array.isArray(spec.http) ? spec.http.length : 0
  const others = Object.keys(spec).filter((k) => !['hosts', 'gateways', 'http'].includes(k))
  return [
    lostHosts.length > 0 ? `hosts ${lostHosts.join(', ')} (Flagger writes ${hosts.join(', ')})` : '',
    lostGateways.length > 0 ? `gateways ${lostGateways.join(', ')} (Flagger writes ${gateways.join(', ')})` : '',
    http > 0 ? `its ${http} http route${http === 1 ? '' : 's'} (replaced by Flagger's primary/canary routes)` : '',
    others.length > 0 ? others.join(', ') : '',
  ].filter(Boolean)
}

/** A VirtualService in the file with the name Flagger gives the Canary's: Flagger takes it over. */
export const virtualServiceTakenOver: LintRule = {
  id: 'virtual-service-taken-over',
  severity: 'warning',
  summary: 'The file holds a VirtualService of the name Flagger writes: Flagger replaces its spec, hosts and gateways.',
  source: 'Flagger router/istio.go reconcileVirtualService (update of an existing VirtualService)',
  check(ctx) {
    const apex = apexName(ctx.canary)
    if (ctx.provider !== 'istio' || apex === '') return []
    const vs = takenOver(ctx, apex)
    if (vs === undefined) return []
    const lost = losses(ctx, isRecord(vs.spec) ? vs.spec : {})
    const what = lost.length > 0 ? ` Lost: ${lost.join('; ')}.` : ''
    return [
      report(
        this,
        ['spec', 'service'],
        `The file also holds VirtualService "${apex}", the name Flagger gives this Canary's VirtualService: Flagger takes it over and replaces its spec, labels and annotations with its own.${what} The old spec is kept only in the flagger.kubernetes.io/original-configuration annotation. Rename that VirtualService, or move what it needs into spec.service.`,
      ),
    ]
  },
}
