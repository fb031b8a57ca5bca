import { webhookNode } from '../../catalog/canary-analysis-check-fields.ts'
import { report, type LintRule } from '../lint-rule.ts'
import { closest } from '../suggest.ts'

const webhookTypes = webhookNode.fields.type.enum ?? []

/** A webhook type outside the CRD enum: kubectl apply rejects it. */
export const webhookUnknownType: LintRule = {
  id: 'webhook-unknown-type',
  severity: 'error',
  summary: 'A webhook type is not one Flagger knows; the CRD rejects it.',
  source: 'flagger-semantics.md §c.1 (webhooks[].type enum) and §a.5',
  check(ctx) {
    return (ctx.analysis.webhooks ?? []).flatMap((hook, i) => {
      const type = hook.type
      if (type === undefined || webhookTypes.includes(type)) return []
      const guess =
        closest(type, webhookTypes) ??
        (type.startsWith('pre') ? 'pre-rollout' : type.startsWith('post') ? 'post-rollout' : undefined)
      const path = ['spec', 'analysis', 'webhooks', i, 'type']
      return [
        report(
          this,
          path,
          `Webhook "${hook.name ?? i}" has type "${type}", which the CRD rejects${guess ? ` (did you mean "${guess}"?)` : ''}. Types: confirm-rollout, pre-rollout, rollout (or empty), confirm-traffic-increase, confirm-promotion, post-rollout, rollback, event.`,
          {
            fixes: guess ? [{ title: `Change to ${guess}`, kind: 'set', path, value: guess }] : [],
          },
        ),
      ]
    })
  },
}
