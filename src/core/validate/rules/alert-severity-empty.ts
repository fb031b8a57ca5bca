import { report, type LintRule } from '../lint-rule.ts'

/** An alert without severity: Flagger v1.44 never sends it. */
export const alertSeverityEmpty: LintRule = {
  id: 'alert-severity-empty',
  severity: 'warning',
  summary: 'An alert has no severity; Flagger never sends alerts with an empty severity.',
  source: 'flagger-semantics.md §a.2 (alerts[].severity) and quirk Q14',
  check(ctx) {
    return (ctx.analysis.alerts ?? []).flatMap((alert, i) => {
      if (alert.severity !== undefined && alert.severity !== '') return []
      const path = ['spec', 'analysis', 'alerts', i, 'severity']
      // Q14: the alert code compares the severity with "info"/"warn"/"error"; "" matches none (docs say default info).
      return [
        report(
          this,
          path,
          `Alert "${alert.name ?? i}" has no severity: Flagger compares it with info, warn and error, so an empty one matches nothing and the alert is never sent (the docs' "default info" is not what the code does). Set severity: info to receive everything.`,
          {
            fixes: [{ title: 'Set severity: info', kind: 'set', path, value: 'info' }],
          },
        ),
      ]
    })
  },
}
