import { parseGoDuration } from '../../text/go-duration.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** analysis.interval under 10s: Flagger uses 10s instead. */
export const analysisIntervalBelow10s: LintRule = {
  id: 'analysis-interval-below-10s',
  severity: 'warning',
  summary: 'analysis.interval under 10s is raised to 10s by Flagger.',
  source: 'flagger-semantics.md §a.2 (GetAnalysisInterval)',
  check(ctx) {
    const raw = ctx.analysis.interval
    const seconds = raw === undefined ? undefined : parseGoDuration(raw)
    if (seconds === undefined || seconds >= 10) return []
    // GetAnalysisInterval: parsed value < 10s (incl. 0, negatives, 5s, 500ms) → 10s.
    const cookie = ctx.analysis.sessionAffinity?.primaryCookieName
      ? ` (the primary cookie still gets Max-Age=${Math.trunc(seconds)})`
      : ''
    return [
      report(
        this,
        ['spec', 'analysis', 'interval'],
        `analysis.interval "${raw}" is below Flagger's minimum: it runs the analysis every 10s instead${cookie}. Use 10s or more.`,
        {
          fixes: [{ title: 'Change to 10s', kind: 'set', path: ['spec', 'analysis', 'interval'], value: '10s' }],
        },
      ),
    ]
  },
}
