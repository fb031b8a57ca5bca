import { describe, expect, it } from 'vitest'
import { simulateAnalysis } from './scheduler.ts'
import { canaryWith, rows } from './test-fixtures.ts'
import type { WhatIf } from './types.ts'

// Gate webhooks that refuse, and rollback webhooks that signal (flagger-semantics.md §a.4 steps 12, 16, 23; §a.6.6).

const ex1 = canaryWith({ stepWeight: 10, maxWeight: 50 })
const refuse = (
  type: NonNullable<WhatIf['gateRefusals']>[number]['type'],
  fromTick: number,
  untilTick?: number,
): WhatIf => ({
  gateRefusals: [{ type, fromTick, ...(untilTick === undefined ? {} : { untilTick }) }],
})

describe('confirm-rollout', () => {
  it('refused forever: Waiting from T0, nothing moves, halted after the first unchanged tick', () => {
    const timeline = simulateAnalysis(ex1, refuse('confirm-rollout', 0))
    expect(rows(timeline)).toEqual(['T0 CR 100/0 Waiting', 'T1 CR 100/0 Waiting'])
    expect(timeline.ticks[0]?.events).toEqual([
      'Halt podinfo.test advancement waiting for approval confirm-rollout-gate',
    ])
    expect(timeline.ticks[1]?.events).toEqual([])
    expect(timeline.outcome).toBe('halted')
    expect(timeline.haltReason).toContain('confirm-rollout')
  })

  it('opened at T3: the run starts at T3 (no rollback hooks while Waiting, quirk Q1)', () => {
    const timeline = simulateAnalysis(ex1, { ...refuse('confirm-rollout', 0, 3), rollbackHookAtTick: 2 })
    expect(rows(timeline).slice(0, 5)).toEqual([
      'T0 CR 100/0 Waiting',
      'T1 CR 100/0 Waiting',
      'T2 CR 100/0 Waiting',
      'T3 CR 100/0 Progressing',
      'T4 RB,PRE,CTI 90/10 Progressing',
    ])
    expect(timeline).toMatchObject({ outcome: 'promoted', promotedAtSeconds: 540, finishedAtSeconds: 660 })
  })
})

describe('confirm-traffic-increase', () => {
  it('refused at T3 and T4: the weight holds at 20 %, no failed check, the run resumes at T5', () => {
    const timeline = simulateAnalysis(ex1, refuse('confirm-traffic-increase', 3, 5))
    expect(rows(timeline).slice(2, 7)).toEqual([
      'T2 RB,RO,CTI A 80/20 Progressing',
      'T3 RB,RO,CTI A 80/20 Progressing',
      'T4 RB,RO,CTI A 80/20 Progressing',
      'T5 RB,RO,CTI A 70/30 Progressing',
      'T6 RB,RO,CTI A 60/40 Progressing',
    ])
    expect(timeline.promotedAtSeconds).toBe(480)
  })

  it('refused in the promoting tick blocks the promotion too (quirk Q2)', () => {
    const timeline = simulateAnalysis(ex1, refuse('confirm-traffic-increase', 6))
    expect(rows(timeline).slice(5)).toEqual(['T5 RB,RO,CTI A 50/50 Progressing', 'T6 RB,RO,CTI A 50/50 Progressing'])
    expect(timeline.outcome).toBe('halted')
  })
})

describe('confirm-promotion, canary strategy (§a.9 Ex7)', () => {
  it('closed at T6, opened at T9: WaitingPromotion at 50/50 with iterations −1 (Q17), no CTI, then promotes', () => {
    const timeline = simulateAnalysis(ex1, refuse('confirm-promotion', 6, 9))
    expect(rows(timeline).slice(6)).toEqual([
      'T6 RB,RO,CTI,CP A 50/50 it=-1 WaitingPromotion',
      'T7 RB,RO,CP A 50/50 it=-1 WaitingPromotion',
      'T8 RB,RO,CP A 50/50 it=-1 WaitingPromotion',
      'T9 RB,RO,CP A 50/50 it=-1 Promoting',
      'T10 — 100/0 Finalising',
      'T11 POST 100/0 Succeeded',
    ])
    expect(timeline.ticks[6]?.events).toContain(
      'Halt podinfo.test advancement waiting for promotion approval confirm-promotion-gate',
    )
    expect(timeline.ticks[7]?.events).not.toContain(
      'Halt podinfo.test advancement waiting for promotion approval confirm-promotion-gate',
    )
  })

  it('analysis failures keep counting while WaitingPromotion and roll back at the threshold', () => {
    const timeline = simulateAnalysis(ex1, { ...refuse('confirm-promotion', 6), failFromTick: 7 })
    expect(rows(timeline).slice(7)).toEqual([
      'T7 RB,RO A 50/50 fc=1 it=-1 WaitingPromotion',
      'T8 RB,RO A 50/50 fc=2 it=-1 WaitingPromotion',
      'T9 RB,RO A 50/50 fc=3 it=-1 WaitingPromotion',
      'T10 RB,POST 100/0 Failed',
    ])
  })
})

describe('rollback webhook', () => {
  it('signalling at T4 rolls back in that tick: RB then POST, 100/0, Failed', () => {
    const timeline = simulateAnalysis(ex1, { rollbackHookAtTick: 4 })
    expect(rows(timeline).at(-1)).toBe('T4 RB,POST 100/0 Failed')
    expect(timeline.ticks[4]?.events.slice(0, 3)).toEqual([
      'Rollback check rollback-gate passed',
      'Rolling back podinfo.test manual webhook invoked',
      'Canary failed! Scaling down podinfo.test',
    ])
    expect(timeline).toMatchObject({ outcome: 'rolled-back', finishedAtSeconds: 240 })
  })

  it('is not called while Promoting or Finalising, so a signal there changes nothing', () => {
    expect(rows(simulateAnalysis(ex1, { rollbackHookAtTick: 7 }))).toEqual(rows(simulateAnalysis(ex1)))
  })
})
