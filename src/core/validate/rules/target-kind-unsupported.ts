import type { Diagnostic } from '../../diagnostic.ts'
import { report, type LintRule } from '../lint-rule.ts'
import { closest } from '../suggest.ts'

const kinds = ['Deployment', 'DaemonSet', 'Service'] as const

/** A targetRef kind Flagger cannot canary, or one that does not fit the provider (Knative). */
export const targetKindUnsupported: LintRule = {
  id: 'target-kind-unsupported',
  severity: 'error',
  summary: 'targetRef.kind is not Deployment, DaemonSet or (with provider knative) a Knative Service.',
  source: 'flagger-semantics.md §c.1 (targetRef.kind enum) and §c.2 (verifyCanary, Knative checks)',
  check(ctx) {
    const kind = ctx.spec.targetRef?.kind
    if (kind === undefined) return []
    const path = ['spec', 'targetRef', 'kind']
    const out: Diagnostic[] = []
    if (!(kinds as readonly string[]).includes(kind)) {
      const guess = closest(kind, kinds)
      out.push(
        report(
          this,
          path,
          `Flagger cannot canary a ${kind}: the CRD accepts only Deployment, DaemonSet, or Service (a Knative Service, with provider knative)${guess ? `; did you mean ${guess}?` : '.'}`,
          {
            fixes: guess ? [{ title: `Change to ${guess}`, kind: 'set', path, value: guess }] : [],
          },
        ),
      )
      return out
    }
    // verifyCanary: "can't use <provider> provider with Knative Service as target" and the reverse check.
    if (kind === 'Service' && ctx.provider !== 'knative')
      out.push(
        report(
          this,
          path,
          `kind Service means a Knative Service, which needs provider knative; with ${ctx.provider} Flagger rejects the Canary as invalid (logged only, never run). To canary a Deployment behind a Kubernetes Service, target the Deployment.`,
          { severity: 'warning' },
        ),
      )
    if (kind !== 'Service' && ctx.provider === 'knative')
      out.push(
        report(
          this,
          path,
          `provider knative needs a Knative Service target (kind Service, apiVersion serving.knative.dev/v1); Flagger rejects a ${kind} target as invalid (logged only, never run).`,
          { severity: 'warning' },
        ),
      )
    if (kind === 'Service' && ctx.spec.autoscalerRef)
      out.push(
        report(
          this,
          ['spec', 'autoscalerRef'],
          'A Knative Service scales itself: Flagger rejects a Canary with autoscalerRef and a Knative target ("can\'t use autoscaler with Knative Service"). Remove autoscalerRef.',
          {
            severity: 'warning',
            fixes: [{ title: 'Remove autoscalerRef', kind: 'remove', path: ['spec', 'autoscalerRef'] }],
          },
        ),
      )
    return out
  },
}
