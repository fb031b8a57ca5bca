import { describe, expect, it } from 'vitest'
import { simulateAnalysis } from './scheduler.ts'
import { canaryWith, rows } from './test-fixtures.ts'

// A/B testing, blue/green and provider kubernetes, worked out by hand from flagger-semantics.md §a.6.4–a.6.5, §a.9.

const match = [{ headers: { 'x-canary': { exact: 'insider' } } }]
const repeat = (from: number, to: number, row: (k: number) => string): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => row(from + i))

describe('A/B testing (§a.9 Ex3)', () => {
  it('iterations 10: matched traffic 0/100 from T1, ten analyses, promotion at T11, Succeeded at T13', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 10, match }))
    expect(timeline.strategy).toBe('ab-testing')
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE 0/100 it=1 Progressing',
      ...repeat(2, 10, (k) => `T${k} RB,RO A 0/100 it=${k} Progressing`),
      'T11 RB,RO,CP A 0/100 it=10 Promoting',
      'T12 — 100/0 Finalising',
      'T13 POST 100/0 Succeeded',
    ])
    expect(timeline).toMatchObject({ promotedAtSeconds: 660, finishedAtSeconds: 780 })
    expect(timeline.ticks[1]?.events.at(-1)).toBe('Advance podinfo.test canary iteration 1/10')
  })

  it('ignores mirror (no mirroring in A/B)', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 3, match, mirror: true }))
    expect(timeline.mirror).toBe(false)
    expect(timeline.ticks.some((t) => t.mirrored)).toBe(false)
    expect(timeline.outcome).toBe('promoted')
  })

  it('confirm-promotion refused: asked every other tick (§a.6.6), WaitingPromotion, halted when refused forever', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 10, match }), {
      gateRefusals: [{ type: 'confirm-promotion', fromTick: 11 }],
    })
    expect(rows(timeline).slice(11)).toEqual([
      'T11 RB,RO,CP A 0/100 it=9 WaitingPromotion',
      'T12 RB,RO A 0/100 it=10 WaitingPromotion',
      'T13 RB,RO,CP A 0/100 it=9 WaitingPromotion',
    ])
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('confirm-promotion')
  })

  it('confirm-promotion opened at T15: promotes on the next asking tick', () => {
    const gateRefusals = [{ type: 'confirm-promotion' as const, fromTick: 11, untilTick: 15 }]
    const timeline = simulateAnalysis(canaryWith({ iterations: 10, match }), { gateRefusals })
    expect(rows(timeline).slice(14)).toEqual([
      'T14 RB,RO A 0/100 it=10 WaitingPromotion',
      'T15 RB,RO,CP A 0/100 it=10 Promoting',
      'T16 — 100/0 Finalising',
      'T17 POST 100/0 Succeeded',
    ])
  })
})

describe('blue/green (§a.9 Ex4)', () => {
  it('with mirroring: mirrored iterations, 0/100 at T11, confirm-promotion twice, promotion at T12', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 10, mirror: true, mirrorWeight: 100 }))
    expect(timeline).toMatchObject({
      strategy: 'blue-green',
      mirror: true,
      promotedAtSeconds: 720,
      finishedAtSeconds: 840,
    })
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE 100/0 mirrored it=1 Progressing',
      ...repeat(2, 10, (k) => `T${k} RB,RO A 100/0 mirrored it=${k} Progressing`),
      'T11 RB,RO,CP A 0/100 it=11 Progressing',
      'T12 RB,RO,CP A 0/100 it=11 Promoting',
      'T13 — 100/0 Finalising',
      'T14 POST 100/0 Succeeded',
    ])
    expect(timeline.ticks[11]?.events).toContain('Stop traffic mirroring and route all traffic to canary')
  })

  it('without mirroring: the VS stays 100/0 during the iterations', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 10 }))
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE 100/0 it=1 Progressing',
      ...repeat(2, 10, (k) => `T${k} RB,RO A 100/0 it=${k} Progressing`),
      'T11 RB,RO,CP A 0/100 it=11 Progressing',
      'T12 RB,RO,CP A 0/100 it=11 Promoting',
      'T13 — 100/0 Finalising',
      'T14 POST 100/0 Succeeded',
    ])
    expect(timeline.ticks[11]?.events).toContain('Routing all traffic to canary')
  })

  it('upstream TestScheduler_DeploymentBlueGreenAnalysisPhases (iterations 1): the phase sequence', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 1, webhooks: [] }))
    expect(timeline.ticks.map((t) => t.phase)).toEqual([
      'Progressing',
      'Progressing',
      'Progressing',
      'Promoting',
      'Finalising',
      'Succeeded',
    ])
  })

  it('confirm-promotion refused at the second ask after 0/100: the next iteration tick mirrors again', () => {
    const gateRefusals = [{ type: 'confirm-promotion' as const, fromTick: 4, untilTick: 5 }]
    const timeline = simulateAnalysis(canaryWith({ iterations: 2, mirror: true }), { gateRefusals })
    expect(rows(timeline).slice(1)).toEqual([
      'T1 RB,PRE 100/0 mirrored it=1 Progressing',
      'T2 RB,RO A 100/0 mirrored it=2 Progressing',
      'T3 RB,RO,CP A 0/100 it=3 Progressing',
      'T4 RB,RO,CP A 0/100 it=1 WaitingPromotion',
      'T5 RB,RO A 100/0 mirrored it=2 WaitingPromotion',
      'T6 RB,RO,CP A 0/100 it=3 WaitingPromotion',
      'T7 RB,RO,CP A 0/100 it=3 Promoting',
      'T8 — 100/0 Finalising',
      'T9 POST 100/0 Succeeded',
    ])
  })
})

describe('provider kubernetes (forced blue/green, no traffic shifting)', () => {
  it('stepWeight is replaced by 10 iterations; traffic never leaves the primary', () => {
    const timeline = simulateAnalysis(
      canaryWith({ stepWeight: 10, maxWeight: 50, mirror: true }, { provider: 'kubernetes' }),
    )
    expect(timeline).toMatchObject({
      strategy: 'blue-green',
      mirror: false,
      promotedAtSeconds: 720,
      finishedAtSeconds: 840,
    })
    expect(rows(timeline)).toEqual([
      'T0 CR 100/0 Progressing',
      'T1 RB,PRE 100/0 it=1 Progressing',
      ...repeat(2, 10, (k) => `T${k} RB,RO A 100/0 it=${k} Progressing`),
      'T11 RB,RO,CP A 100/0 it=11 Progressing',
      'T12 RB,RO,CP A 100/0 it=11 Promoting',
      'T13 — 100/0 Finalising',
      'T14 POST 100/0 Succeeded',
    ])
    expect(timeline.ticks[1]?.events).toEqual(
      expect.arrayContaining([
        'Progressive traffic is not supported when using the kubernetes provider',
        'Setting canaryAnalysis.iterations: 10',
      ]),
    )
  })

  it('A/B on kubernetes: match is dropped with a warning, the run is blue/green', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 2, match }, { provider: 'kubernetes' }))
    expect(timeline.strategy).toBe('blue-green')
    expect(timeline.ticks[1]?.events).toContain('A/B testing is not supported when using the kubernetes provider')
    expect(timeline.outcome).toBe('promoted')
  })
})

describe('A/B testing with sessionAffinity', () => {
  it('match replaces the cookie routes: no cookie routes, no expiry route after promotion', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 2, match, sessionAffinity: { cookieName: 'c' } }))
    expect(timeline.sessionAffinity).toBe(false)
    expect(timeline.ticks.some((t) => t.hasPreviousAffinityCookie)).toBe(false)
  })
})
