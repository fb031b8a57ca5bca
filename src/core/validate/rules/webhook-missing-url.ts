import { report, type LintRule } from '../lint-rule.ts'

/** A webhook without url: the CRD requires it; an empty url makes every call fail. */
export const webhookMissingUrl: LintRule = {
  id: 'webhook-missing-url',
  severity: 'error',
  summary: 'A webhook has no url (or an empty one).',
  source: 'flagger-semantics.md §c.1 (webhooks require name and url) and §a.5 (an unparsable URL fails the call)',
  check(ctx) {
    return (ctx.analysis.webhooks ?? []).flatMap((hook, i) => {
      if (hook.url !== undefined && hook.url.trim() !== '') return []
      const path = ['spec', 'analysis', 'webhooks', i]
      if (hook.url === undefined)
        return [
          report(
            this,
            path,
            `Webhook "${hook.name ?? i}" has no url: kubectl apply rejects it (the CRD requires name and url). Add the address Flagger should POST to, e.g. http://flagger-loadtester.test/.`,
          ),
        ]
      // An empty string passes admission, but CallWebhook's POST to it fails (no scheme): every call fails (§a.5).
      const gating =
        hook.type === undefined || hook.type === '' || hook.type === 'rollout' || hook.type === 'pre-rollout'
      return [
        report(
          this,
          [...path, 'url'],
          `Webhook "${hook.name ?? i}" has an empty url: every call fails${gating ? ', and each failure is a failed check' : ''}. Set the address Flagger should POST to, e.g. http://flagger-loadtester.test/.`,
          { severity: 'warning' },
        ),
      ]
    })
  },
}
