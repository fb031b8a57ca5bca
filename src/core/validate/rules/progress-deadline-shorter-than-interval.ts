import { analysisIntervalSeconds, progressDeadlineSeconds } from '../../model/effective.ts'
import { formatDuration } from '../../text/go-duration.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** progressDeadlineSeconds shorter than one analysis interval: a slow rollout is judged stuck at its first check. */
export const progressDeadlineShorterThanInterval: LintRule = {
  id: 'progress-deadline-shorter-than-interval',
  severity: 'warning',
  summary: 'progressDeadlineSeconds is shorter than one analysis interval.',
  source: 'flagger-semantics.md §a.8 (isDeploymentReady, progress deadline) and §a.1 (one check per tick)',
  check(ctx) {
    if (ctx.spec.progressDeadlineSeconds === undefined) return []
    const deadline = progressDeadlineSeconds(ctx.canary)
    const interval = analysisIntervalSeconds(ctx.analysis)
    if (deadline >= interval) return []
    // Readiness is checked once per tick; a workload unavailable for longer than the deadline is rolled back.
    const suggested = Math.max(600, interval * 2)
    return [
      report(
        this,
        ['spec', 'progressDeadlineSeconds'],
        `progressDeadlineSeconds ${deadline} is shorter than one analysis interval (${formatDuration(interval)}). Flagger looks at readiness once per interval, so a canary or primary still starting at the next check has already exceeded the deadline and is rolled back. The deadline bounds how long a workload may stay unavailable, not the analysis: give it at least one interval, e.g. ${suggested}.`,
        {
          fixes: [
            {
              title: `Set progressDeadlineSeconds to ${suggested}`,
              kind: 'set',
              path: ['spec', 'progressDeadlineSeconds'],
              value: suggested,
            },
          ],
        },
      ),
    ]
  },
}
