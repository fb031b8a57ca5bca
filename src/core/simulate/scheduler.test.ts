import { describe, expect, it } from 'vitest'
import { simulateAnalysis } from './scheduler.ts'
import { allHooks, canaryWith, rows } from './test-fixtures.ts'

// Golden timelines worked out by hand from flagger-semantics.md §a.9 (and §a.4–a.8 for the cases it does not list).

const ex1 = { stepWeight: 10, maxWeight: 50 }

describe('progressive canary (§a.9 Ex1)', () => {
  it('steps 10 → 50, analyses once at max weight, promotes at T6 and succeeds at T8', () => {
    const timeline = simulateAnalysis(canaryWith(ex1))
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE,CTI 90/10 Progressing',
      'T2 RB,RO,CTI A 80/20 Progressing',
      'T3 RB,RO,CTI A 70/30 Progressing',
      'T4 RB,RO,CTI A 60/40 Progressing',
      'T5 RB,RO,CTI A 50/50 Progressing',
      'T6 RB,RO,CTI,CP A 50/50 Promoting',
      'T7 — 100/0 Finalising',
      'T8 POST 100/0 Succeeded',
    ])
    expect(timeline).toMatchObject({
      outcome: 'promoted',
      promotedAtSeconds: 360,
      finishedAtSeconds: 480,
      intervalSeconds: 60,
    })
    expect(timeline.ticks[6]?.events).toEqual([
      'Rollback hook rollback-gate not signaling a rollback',
      'Confirm-traffic-increase check confirm-traffic-increase-gate passed',
      'Confirm-promotion check confirm-promotion-gate passed',
      'Copying podinfo.test template spec to podinfo-primary.test',
    ])
  })

  it('analysis failing from T3: three failures frozen at 80/20, rollback at T6 with RB then POST', () => {
    const timeline = simulateAnalysis(canaryWith(ex1), { failFromTick: 3 })
    expect(rows(timeline).slice(3)).toEqual([
      'T3 RB,RO A 80/20 fc=1 Progressing',
      'T4 RB,RO A 80/20 fc=2 Progressing',
      'T5 RB,RO A 80/20 fc=3 Progressing',
      'T6 RB,POST 100/0 Failed',
    ])
    expect(timeline).toMatchObject({ outcome: 'rolled-back', promotedAtSeconds: null, finishedAtSeconds: 360 })
    expect(timeline.ticks[6]?.events).toContain('Rolling back podinfo.test failed checks threshold reached 3')
  })

  it('pre-rollout failing from T1: PRE retried at weight 0 each tick, rollback at T4', () => {
    const timeline = simulateAnalysis(canaryWith(ex1), { preRolloutFailFromTick: 1 })
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE 100/0 fc=1 Progressing',
      'T2 RB,PRE 100/0 fc=2 Progressing',
      'T3 RB,PRE 100/0 fc=3 Progressing',
      'T4 RB,POST 100/0 Failed',
    ])
  })

  it('failures at isolated ticks accumulate (never reset by later successes)', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, threshold: 2 }), { failAtTicks: [2, 4] })
    expect(rows(timeline).slice(2)).toEqual([
      'T2 RB,RO A 90/10 fc=1 Progressing',
      'T3 RB,RO,CTI A 80/20 fc=1 Progressing',
      'T4 RB,RO A 80/20 fc=2 Progressing',
      'T5 RB,POST 100/0 Failed',
    ])
  })

  it('overshoots maxWeight: stepWeight 20, maxWeight 50 gives 20, 40, 60, then promotes', () => {
    const weights = simulateAnalysis(canaryWith({ stepWeight: 20, maxWeight: 50 })).ticks.map((t) => t.canaryWeight)
    expect(weights).toEqual([0, 20, 40, 60, 60, 0, 0])
  })

  it('without webhooks lists no hooks; without checks a failing what-if cannot fail anything', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, webhooks: [], metrics: [] }), { failFromTick: 1 })
    expect(timeline.outcome).toBe('promoted')
    expect(timeline.ticks.every((t) => t.hooks.length === 0 && !t.failed)).toBe(true)
  })

  it('an untyped webhook is a rollout hook', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, webhooks: [{ name: 'load', url: 'http://x' }] }))
    expect(timeline.ticks[2]?.hooks).toEqual(['rollout'])
    expect(timeline.ticks[1]?.hooks).toEqual([])
  })

  it('a metric with no query, templateRef or built-in name fails every analysis and rolls back', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, threshold: 2, metrics: [{ name: 'error-rate' }] }))
    expect(rows(timeline).slice(1)).toEqual([
      'T1 RB,PRE,CTI 90/10 Progressing',
      'T2 RB,RO A 90/10 fc=1 Progressing',
      'T3 RB,RO A 90/10 fc=2 Progressing',
      'T4 RB,POST 100/0 Failed',
    ])
    expect(timeline.ticks[2]?.events).toContain(
      'Metric query failed for no usable metrics template and query were configured',
    )
  })

  it('uses the effective interval: 5s is raised to 10s, an unparsable one falls back to 60s', () => {
    expect(simulateAnalysis(canaryWith({ ...ex1, interval: '5s' })).ticks[3]?.atSeconds).toBe(30)
    expect(simulateAnalysis(canaryWith({ ...ex1, interval: '1min' })).intervalSeconds).toBe(60)
    expect(simulateAnalysis(canaryWith({ ...ex1, interval: '90s' })).promotedAtSeconds).toBe(540)
  })
})

describe('stepWeights (§a.9 Ex2, §a.6.2)', () => {
  it('[1, 2, 10, 80]: visits each entry, promotes at T5, succeeds at T7 (maxWeight ignored)', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeights: [1, 2, 10, 80], maxWeight: 5 }))
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE,CTI 99/1 Progressing',
      'T2 RB,RO,CTI A 98/2 Progressing',
      'T3 RB,RO,CTI A 90/10 Progressing',
      'T4 RB,RO,CTI A 20/80 Progressing',
      'T5 RB,RO,CTI,CP A 20/80 Promoting',
      'T6 — 100/0 Finalising',
      'T7 POST 100/0 Succeeded',
    ])
  })

  it('[1, 2, 10, 200]: the last entry is capped at 100', () => {
    const weights = simulateAnalysis(canaryWith({ stepWeights: [1, 2, 10, 200] })).ticks.map((t) => t.canaryWeight)
    expect(weights).toEqual([0, 1, 2, 10, 100, 100, 0, 0])
  })

  it.each([
    [[10, 10, 20], 10],
    [[10, 5, 50], 10],
  ])('%j halts at %i %% (no positive step), with no CTI once stuck', (stepWeights, weight) => {
    const timeline = simulateAnalysis(canaryWith({ stepWeights }))
    expect(timeline.outcome).toBe('halted')
    expect(rows(timeline).slice(-2)).toEqual([
      `T1 RB,PRE,CTI ${100 - weight}/${weight} Progressing`,
      `T2 RB,RO A ${100 - weight}/${weight} Progressing`,
    ])
    expect(timeline.haltReason).toContain('no positive step')
  })

  it('a first entry of 0 halts at 0 % with pre-rollout every tick', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeights: [0, 50] }))
    expect(rows(timeline)).toEqual(['T0 CR 100/0 Progressing', 'T1 RB,PRE 100/0 Progressing'])
    expect(timeline.outcome).toBe('halted')
  })

  it('stepWeight 0 without stepWeights never advances', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeight: 0 }))
    expect(timeline).toMatchObject({ outcome: 'halted', promotedAtSeconds: null, finishedAtSeconds: null })
    expect(timeline.haltReason).toContain('stepWeight is 0')
  })
})

describe('maxWeight above 100 (quirk Q3)', () => {
  it('reaches 100 % and repeats "move to 100" without promoting', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeight: 20, maxWeight: 150 }))
    expect(timeline.ticks.map((t) => t.canaryWeight)).toEqual([0, 20, 40, 60, 80, 100, 100])
    expect(rows(timeline).at(-1)).toBe('T6 RB,RO,CTI A 0/100 Progressing')
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('maxWeight 150')
  })
})

describe('stepWeightPromotion (§a.9 Ex5)', () => {
  it('Ex1 + stepWeightPromotion 20: 70/30, 90/10, then 100/0 Finalising', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, stepWeightPromotion: 20 }))
    expect(rows(timeline).slice(6)).toEqual([
      'T6 RB,RO,CTI,CP A 50/50 Promoting',
      'T7 — 70/30 Promoting',
      'T8 — 90/10 Promoting',
      'T9 — 100/0 Finalising',
      'T10 POST 100/0 Succeeded',
    ])
  })

  it('upstream TestScheduler_DeploymentAnalysisPhases: stepWeight 100, stepWeightPromotion 50', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeight: 100, stepWeightPromotion: 50, webhooks: [] }))
    expect(rows(timeline)).toEqual([
      'T0 — 100/0 Progressing',
      'T1 — 0/100 Progressing',
      'T2 — A 0/100 Promoting',
      'T3 — 50/50 Promoting',
      'T4 — 100/0 Finalising',
      'T5 — 100/0 Succeeded',
    ])
  })
})

describe('canary with mirroring (§a.9 Ex4b)', () => {
  it('one mirror tick at 0 %, no CTI in the tick that ends mirroring, one interval longer than Ex1', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, mirror: true }))
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE,CTI 100/0 mirrored Progressing',
      'T2 RB,RO A 90/10 Progressing',
      'T3 RB,RO,CTI A 80/20 Progressing',
      'T4 RB,RO,CTI A 70/30 Progressing',
      'T5 RB,RO,CTI A 60/40 Progressing',
      'T6 RB,RO,CTI A 50/50 Progressing',
      'T7 RB,RO,CTI,CP A 50/50 Promoting',
      'T8 — 100/0 Finalising',
      'T9 POST 100/0 Succeeded',
    ])
  })

  it('mirror + analysis.match: the mirror is dropped, the mirror step repeats forever (Q5)', () => {
    const match = [{ headers: { 'x-canary': { exact: 'insider' } } }]
    const timeline = simulateAnalysis(canaryWith({ ...ex1, mirror: true, match }))
    expect(rows(timeline)).toEqual(['T0 CR 100/0 Progressing', 'T1 RB,PRE,CTI 100/0 Progressing'])
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('Q5')
  })

  it('mirror + sessionAffinity: the mirror lands on the sticky route and is never read back (Q6)', () => {
    const timeline = simulateAnalysis(
      canaryWith({ ...ex1, mirror: true, sessionAffinity: { cookieName: 'flagger-cookie' } }),
    )
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE,CTI 100/0 mirrored Progressing',
      'T2 RB,PRE,CTI 100/0 mirrored Progressing',
    ])
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('Q6')
  })

  it('mirror on a TCP service: no mirror is ever written, so the mirror step repeats forever', () => {
    const timeline = simulateAnalysis(
      canaryWith({ ...ex1, mirror: true }, { service: { port: 9898, appProtocol: 'TCP' } }),
    )
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('TCP')
  })

  it('stepWeight above 100 with mirror: Flagger writes an unclamped negative primary weight that Istio rejects', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeight: 150, mirror: true }))
    expect(rows(timeline).slice(1)).toEqual([
      'T1 RB,PRE,CTI 100/0 mirrored Progressing',
      'T2 RB,RO A 100/0 mirrored Progressing',
    ])
    expect(timeline.haltReason).toContain('-50/150')
  })
})

describe('session affinity (§a.9 Ex6)', () => {
  it('same ticks and weights as Ex1; the previous cookie is expired from the tick that routes 100/0', () => {
    const affinity = { cookieName: 'flagger-cookie', maxAge: 21600 }
    const timeline = simulateAnalysis(canaryWith({ ...ex1, sessionAffinity: affinity }))
    expect(rows(timeline)).toEqual(rows(simulateAnalysis(canaryWith(ex1))))
    expect(timeline.ticks.map((t) => t.hasPreviousAffinityCookie)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ])
    expect(timeline.sessionAffinity).toBe(true)
  })

  it('a rollback also expires the cookie of the failed run', () => {
    const timeline = simulateAnalysis(canaryWith({ ...ex1, sessionAffinity: { cookieName: 'c' } }), { failFromTick: 2 })
    expect(timeline.ticks.at(-1)).toMatchObject({ phase: 'Failed', hasPreviousAffinityCookie: true })
  })
})

describe('skipAnalysis, suspend, missing analysis', () => {
  it('skipAnalysis: detected at T0, promoted and Succeeded at T1 with post-rollout only', () => {
    const timeline = simulateAnalysis(canaryWith(ex1, { skipAnalysis: true }))
    expect(rows(timeline)).toEqual(['T0 CR 100/0 Progressing', 'T1 POST 100/0 Succeeded'])
    expect(timeline).toMatchObject({ outcome: 'promoted', promotedAtSeconds: 60, finishedAtSeconds: 60 })
    expect(timeline.ticks[1]?.events.at(-1)).toBe('Promotion completed! Canary analysis was skipped for podinfo.test')
  })

  it('suspend: halted at T0 with Flagger’s event and a reason', () => {
    const timeline = simulateAnalysis(canaryWith(ex1, { suspend: true }))
    expect(rows(timeline)).toEqual(['T0 — 100/0 Initialized'])
    expect(timeline.ticks[0]?.events).toEqual(['skipping canary run as object is suspended'])
    expect(timeline).toMatchObject({ outcome: 'halted', finishedAtSeconds: null })
    expect(timeline.haltReason).toContain('suspend')
  })

  it('missing analysis: halted at T0, explained', () => {
    const canary = canaryWith(ex1)
    const timeline = simulateAnalysis({ ...canary, spec: { ...canary.spec, analysis: undefined } })
    expect(timeline.ticks).toHaveLength(1)
    expect(timeline).toMatchObject({ outcome: 'halted', strategy: 'canary', intervalSeconds: 60 })
    expect(timeline.haltReason).toContain('spec.analysis is missing')
  })
})

describe('hooks defined by the Canary only', () => {
  it('lists only the hook types present, once each', () => {
    const webhooks = allHooks.filter((h) => h.type === 'rollout').concat(allHooks.filter((h) => h.type === 'rollout'))
    const timeline = simulateAnalysis(canaryWith({ ...ex1, webhooks }))
    expect(timeline.ticks.map((t) => t.hooks.join(','))).toEqual([
      '',
      '',
      'rollout',
      'rollout',
      'rollout',
      'rollout',
      'rollout',
      '',
      '',
    ])
  })
})

describe('session affinity with a primary cookie and an interval Go cannot parse (§a.6.8)', () => {
  it('every weight change fails with Flagger’s warning, so the canary stays at 0 %', () => {
    const affinity = { cookieName: 'canary-cookie', primaryCookieName: 'primary-cookie' }
    const timeline = simulateAnalysis(canaryWith({ ...ex1, interval: '1min', sessionAffinity: affinity }))
    expect(rows(timeline)).toEqual(['T0 CR 100/0 Progressing', 'T1 RB,PRE,CTI 100/0 Progressing'])
    expect(timeline.ticks[1]?.events.at(-1)).toBe(
      'failed to parse canary interval: time: unknown unit "min" in duration "1min"',
    )
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('primaryCookieName')
  })

  it('a parsable interval works as usual', () => {
    const affinity = { cookieName: 'canary-cookie', primaryCookieName: 'primary-cookie' }
    expect(simulateAnalysis(canaryWith({ ...ex1, interval: '90s', sessionAffinity: affinity })).outcome).toBe(
      'promoted',
    )
  })
})
