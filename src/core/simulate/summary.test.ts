import { describe, expect, it } from 'vitest'
import { timelineFigures } from './figures.ts'
import { simulateAnalysis } from './scheduler.ts'
import { summarizeTimeline } from './summary.ts'
import { canaryWith } from './test-fixtures.ts'

describe('timelineFigures', () => {
  it('Ex1: promotion at 6m, Succeeded at 8m, five analyses, five weight steps', () => {
    expect(timelineFigures(simulateAnalysis(canaryWith({ stepWeight: 10, maxWeight: 50 })))).toEqual({
      promotionSeconds: 360,
      succeededSeconds: 480,
      rollbackSeconds: null,
      analysisCount: 5,
      failedCheckCount: 0,
      stepCount: 5,
      canaryWeights: [10, 20, 30, 40, 50],
      mirroredTickCount: 0,
    })
  })

  it('Ex1 failing from T3: rollback at 6m after three failed checks', () => {
    const figures = timelineFigures(
      simulateAnalysis(canaryWith({ stepWeight: 10, maxWeight: 50 }), { failFromTick: 3 }),
    )
    expect(figures).toMatchObject({
      promotionSeconds: null,
      succeededSeconds: null,
      rollbackSeconds: 360,
      failedCheckCount: 3,
      stepCount: 2,
    })
  })

  it('blue/green mirroring: eleven analyses, ten iterations, ten mirrored ticks', () => {
    const figures = timelineFigures(simulateAnalysis(canaryWith({ iterations: 10, mirror: true })))
    expect(figures).toMatchObject({ analysisCount: 11, stepCount: 10, mirroredTickCount: 10, canaryWeights: [] })
  })
})

describe('summarizeTimeline', () => {
  it('progressive canary with overshoot, promotion times and the earliest rollback', () => {
    const canary = canaryWith({ stepWeight: 20, maxWeight: 50 })
    expect(summarizeTimeline(canary, simulateAnalysis(canary))).toBe(
      'Canary on Istio: weight rises 20 → 40 → 60 % every 1m (maxWeight 50 is overshot), then promotes; ' +
        'earliest promotion after 4m, Succeeded after 6m; 3 failed checks roll back after 4m at the earliest.',
    )
  })

  it('describes a what-if run that rolls back', () => {
    const canary = canaryWith({ stepWeight: 10, maxWeight: 50, threshold: 1 })
    expect(summarizeTimeline(canary, simulateAnalysis(canary, { failFromTick: 3 }))).toBe(
      'Canary on Istio: weight rises 10 → 20 % every 1m, then rolls back after 4m; 1 failed check rolls back after 2m at the earliest.',
    )
  })

  it('blue/green with mirroring, in 30s intervals', () => {
    const canary = canaryWith({ iterations: 4, mirror: true, interval: '30s' })
    expect(summarizeTimeline(canary, simulateAnalysis(canary))).toBe(
      'Blue/green on Istio: the canary is analysed for 4 iterations of 30s with live traffic mirrored to it, then all live ' +
        'traffic switches to it for one more analysis, then promotes; earliest promotion after 3m, Succeeded after 4m; ' +
        '3 failed checks roll back after 2m at the earliest.',
    )
  })

  it('says why a run halts and when nothing can fail', () => {
    const canary = canaryWith({ stepWeights: [10, 10, 20], metrics: [], webhooks: [] })
    const summary = summarizeTimeline(canary, simulateAnalysis(canary))
    expect(summary).toContain('then halts after 2m: stepWeights [10, 10, 20] give no positive step from 10 %')
    expect(summary).toContain('no metric, rollout or pre-rollout webhook can fail a check')
  })

  it('a suspended Canary halts at detection', () => {
    const canary = canaryWith({ stepWeight: 10 }, { suspend: true })
    expect(summarizeTimeline(canary, simulateAnalysis(canary))).toMatch(
      /^Canary on Istio: halted at detection: spec.suspend is true/,
    )
  })
})
