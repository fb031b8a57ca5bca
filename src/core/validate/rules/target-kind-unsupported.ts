import type { Diagnostic } from '../../diagnostic.ts'
import { report, type LintContext, type LintRule } from '../lint-rule.ts'
import { closest } from '../suggest.ts'

const kinds = ['Deployment', 'DaemonSet', 'Service'] as const
const kindPath = ['spec', 'targetRef', 'kind']

function unknownKind(rule: LintRule, kind: string): Diagnostic {
  const guess = closest(kind, kinds)
  return report(
    rule,
    kindPath,
    `Flagger cannot canary a ${kind}: the CRD accepts only Deployment, DaemonSet, or Service (a Knative Service, with provider knative)${guess ? `; did you mean ${guess}?` : '.'}`,
    { fixes: guess ? [{ title: `Change to ${guess}`, kind: 'set', path: kindPath, value: guess }] : [] },
  )
}

// verifyCanary's Knative checks (§c.2): Flagger logs "invalid canary spec" and never schedules the Canary.
function knativeMismatches(rule: LintRule, ctx: LintContext, kind: string): Diagnostic[] {
  const out: Diagnostic[] = []
  const warn = { severity: 'warning' as const }
  if (kind === 'Service' && ctx.provider !== 'knative')
    out.push(
      report(
        rule,
        kindPath,
        `kind Service means a Knative Service, which needs provider knative; with ${ctx.provider} Flagger rejects the Canary as invalid (logged only, never run). To canary a Deployment behind a Kubernetes Service, target the Deployment.`,
        warn,
      ),
    )
  if (kind !== 'Service' && ctx.provider === 'knative')
    out.push(
      report(
        rule,
        kindPath,
        `provider knative needs a Knative Service target (kind Service, apiVersion serving.knative.dev/v1); Flagger rejects a ${kind} target as invalid (logged only, never run).`,
        warn,
      ),
    )
  if (kind === 'Service' && ctx.spec.autoscalerRef)
    out.push(
      report(
        rule,
        ['spec', 'autoscalerRef'],
        'A Knative Service scales itself: Flagger rejects a Canary with autoscalerRef and a Knative target ("can\'t use autoscaler with Knative Service"). Remove autoscalerRef.',
        {
          ...warn,
          fixes: [{ title: 'Remove autoscalerRef', kind: 'remove', path: ['spec', 'autoscalerRef'] }],
        },
      ),
    )
  return out
}

/** A targetRef kind Flagger cannot canary, or one that does not fit the provider (Knative). */
export const targetKindUnsupported: LintRule = {
  id: 'target-kind-unsupported',
  severity: 'error',
  summary: 'targetRef.kind is not Deployment, DaemonSet or (with provider knative) a Knative Service.',
  source: 'flagger-semantics.md §c.1 (targetRef.kind enum) and §c.2 (verifyCanary, Knative checks)',
  check(ctx) {
    const kind = ctx.spec.targetRef?.kind
    if (kind === undefined) return []
    if (!(kinds as readonly string[]).includes(kind)) return [unknownKind(this, kind)]
    return knativeMismatches(this, ctx, kind)
  },
}
