import type { Diagnostic } from '../../diagnostic.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** stepWeights must be strictly increasing and start above 0, or the canary halts. */
export const stepWeightsNotIncreasing: LintRule = {
  id: 'step-weights-not-increasing',
  severity: 'warning',
  summary: 'stepWeights that are not strictly increasing (or start at 0) halt the canary.',
  source: 'flagger-semantics.md §a.6.2 (nextStepWeight) and quirk Q3',
  check(ctx) {
    const steps = ctx.analysis.stepWeights ?? []
    if ((ctx.analysis.stepWeight ?? 0) > 0) return []
    const out: Diagnostic[] = []
    const sorted = [...new Set(steps.filter((s) => s > 0))].sort((a, b) => a - b)
    const fixes = [
      {
        title: `Use ${JSON.stringify(sorted)}`,
        kind: 'set' as const,
        path: ['spec', 'analysis', 'stepWeights'],
        value: sorted,
      },
    ]
    // Flagger scheduler.go nextStepWeight: from weight 0 the step is the first entry; 0 or less never advances.
    if (steps[0] !== undefined && steps[0] <= 0)
      out.push(
        report(
          this,
          ['spec', 'analysis', 'stepWeights', 0],
          `The first step weight is ${steps[0]}: the canary stays at 0% forever (pre-rollout hooks run every interval). Start with a positive weight.`,
          { fixes },
        ),
      )
    for (let i = 1; i < steps.length; i++) {
      const [prev, cur] = [steps[i - 1] ?? 0, steps[i] ?? 0]
      if (prev >= 100 || cur > prev) continue
      // nextStepWeight: at entry i-1 the step is entry[i] − entry[i-1] ≤ 0, so the weight never moves again.
      out.push(
        report(
          this,
          ['spec', 'analysis', 'stepWeights', i],
          `stepWeights must be strictly increasing: ${cur} after ${prev} makes the next step ${cur - prev}, so the canary halts at ${prev}% and never promotes.`,
          { fixes },
        ),
      )
      break
    }
    return out
  },
}
