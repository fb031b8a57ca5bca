import { report, type LintRule } from '../lint-rule.ts'

/** stepWeights entries above 100 are capped, and any entry after the first ≥ 100 is never reached. */
export const stepWeightsAbove100: LintRule = {
  id: 'step-weights-above-100',
  severity: 'warning',
  summary: 'stepWeights entries above 100 are capped at 100; entries after one ≥ 100 are never used.',
  source: 'flagger-semantics.md §a.6.2 (nextStepWeight, Controller.maxWeight)',
  check(ctx) {
    const steps = ctx.analysis.stepWeights ?? []
    const at = steps.findIndex((s) => s > 100)
    if (at < 0) return []
    const capped = steps.slice(0, steps.findIndex((s) => s >= 100) + 1).map((s) => Math.min(100, s))
    // Flagger scheduler.go nextStepWeight caps each step at 100 − weight; maxWeight = min(100, last entry).
    return [
      report(
        this,
        ['spec', 'analysis', 'stepWeights', at],
        `Step weight ${steps[at]} is above 100: Flagger caps it at 100%${at < steps.length - 1 ? ', and the entries after it are never reached' : ''}. Use ${JSON.stringify(capped)}.`,
        {
          fixes: [
            {
              title: `Use ${JSON.stringify(capped)}`,
              kind: 'set',
              path: ['spec', 'analysis', 'stepWeights'],
              value: capped,
            },
          ],
        },
      ),
    ]
  },
}
