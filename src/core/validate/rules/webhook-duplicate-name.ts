import type { Diagnostic } from '../../diagnostic.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** Two webhooks with the same name: events, alerts and logs cannot tell them apart. */
export const webhookDuplicateName: LintRule = {
  id: 'webhook-duplicate-name',
  severity: 'warning',
  summary: 'Two webhooks share a name.',
  source: 'flagger-semantics.md §a.5 (events name the hook that failed)',
  check(ctx) {
    const seen = new Map<string, number>()
    const out: Diagnostic[] = []
    ;(ctx.analysis.webhooks ?? []).forEach((hook, i) => {
      if (hook.name === undefined) return
      const first = seen.get(hook.name)
      if (first === undefined) return void seen.set(hook.name, i)
      // Flagger reports hook failures by name ("… webhook <name> failed"): duplicates make them ambiguous.
      const renamed = `${hook.name}-${i + 1}`
      out.push(
        report(
          this,
          ['spec', 'analysis', 'webhooks', i, 'name'],
          `Webhook name "${hook.name}" is already used by webhook ${first + 1}: Flagger's events and alerts name the hook that failed, so you could not tell which one did. Give each webhook its own name.`,
          {
            fixes: [
              {
                title: `Rename to ${renamed}`,
                kind: 'set',
                path: ['spec', 'analysis', 'webhooks', i, 'name'],
                value: renamed,
              },
            ],
          },
        ),
      )
    })
    return out
  },
}
