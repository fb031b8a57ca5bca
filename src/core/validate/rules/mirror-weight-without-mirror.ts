import { report, type LintRule } from '../lint-rule.ts'

/** mirrorWeight without mirror: nothing is mirrored, so the percentage is unused. */
export const mirrorWeightWithoutMirror: LintRule = {
  id: 'mirror-weight-without-mirror',
  severity: 'warning',
  summary: 'mirrorWeight is set but mirror is not true, so nothing is mirrored.',
  source: 'flagger-semantics.md §a.2 and §b.3 step 4',
  check(ctx) {
    const { mirror, mirrorWeight } = ctx.analysis
    if (mirrorWeight === undefined || mirrorWeight <= 0 || mirror === true) return []
    // Istio router SetRoutes writes mirrorPercentage only when the routes are mirrored (analysis.mirror).
    return [
      report(
        this,
        ['spec', 'analysis', 'mirrorWeight'],
        `mirrorWeight ${mirrorWeight} has no effect: requests are only mirrored when analysis.mirror is true. Set mirror: true, or remove mirrorWeight.`,
        {
          fixes: [
            { title: 'Set mirror: true', kind: 'set', path: ['spec', 'analysis', 'mirror'], value: true },
            { title: 'Remove mirrorWeight', kind: 'remove', path: ['spec', 'analysis', 'mirrorWeight'] },
          ],
        },
      ),
    ]
  },
}
