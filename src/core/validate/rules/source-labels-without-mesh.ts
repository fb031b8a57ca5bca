import { effectiveGateways } from '../../model/effective.ts'
import type { Diagnostic } from '../../diagnostic.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** sourceLabels match conditions only apply to sidecar traffic, i.e. with the mesh gateway. */
export const sourceLabelsWithoutMesh: LintRule = {
  id: 'source-labels-without-mesh',
  severity: 'warning',
  summary: 'A match uses sourceLabels but the VirtualService is not bound to the mesh gateway.',
  source: 'Canary CRD analysis.match[].sourceLabels description; flagger-semantics.md §b.2 (gateways)',
  check(ctx) {
    if (ctx.provider !== 'istio' || effectiveGateways(ctx.canary).includes('mesh')) return []
    const out: Diagnostic[] = []
    const check = (list: readonly { sourceLabels?: Record<string, string> }[] | undefined, base: string[]) =>
      list?.forEach((m, i) => {
        if (m.sourceLabels && Object.keys(m.sourceLabels).length > 0)
          // Istio applies sourceLabels only to requests from sidecars; gateway traffic never matches them.
          out.push(
            report(
              this,
              [...base, i, 'sourceLabels'],
              'sourceLabels only match calls from workloads in the mesh, but service.gateways does not include `mesh`: requests through the ingress gateway never match this condition. Add `mesh` to service.gateways, or drop sourceLabels.',
            ),
          )
      })
    check(ctx.analysis.match, ['spec', 'analysis', 'match'])
    check(ctx.service.match, ['spec', 'service', 'match'])
    return out
  },
}
