import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Canary, CanaryAnalysis } from '../catalog/canary-fields.ts'
import { analysisThreshold } from '../model/effective.ts'
import { nextStepWeight } from './next-step-weight.ts'
import { maxSimulatedTicks, simulateAnalysis } from './scheduler.ts'
import { allHooks, canaryWith } from './test-fixtures.ts'
import type { Timeline, WhatIf } from './types.ts'

// Properties of every simulated run, over random Canaries and what-ifs (flagger-semantics.md §a.6, §a.8).

const tickArb = fc.integer({ min: 0, max: 40 })
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined })

const weightsArb = fc.oneof(
  fc.record({ stepWeight: fc.integer({ min: -5, max: 120 }), maxWeight: optional(fc.integer({ min: -10, max: 150 })) }),
  fc.record({ stepWeights: fc.array(fc.integer({ min: -10, max: 210 }), { minLength: 1, maxLength: 6 }) }),
  fc.record({
    iterations: fc.integer({ min: 1, max: 30 }),
    match: fc.constantFrom(undefined, [{ headers: { x: { exact: 'y' } } }]),
  }),
)

const canaryArb: fc.Arbitrary<Canary> = fc
  .record({
    weights: weightsArb,
    interval: fc.constantFrom('10s', '30s', '1m', '2m30s'),
    threshold: fc.integer({ min: -1, max: 5 }),
    mirror: fc.boolean(),
    affinity: fc.boolean(),
    stepWeightPromotion: fc.constantFrom(undefined, 0, 10, 33, 100),
    webhooks: fc.subarray(allHooks),
    hasMetric: fc.boolean(),
    provider: fc.constantFrom(undefined, 'istio' as const, 'kubernetes' as const),
    appProtocol: fc.constantFrom(undefined, 'http', 'tcp'),
  })
  .map((r) =>
    canaryWith(
      {
        ...r.weights,
        interval: r.interval,
        threshold: r.threshold,
        mirror: r.mirror,
        stepWeightPromotion: r.stepWeightPromotion,
        webhooks: r.webhooks,
        metrics: r.hasMetric ? [{ name: 'request-duration', thresholdRange: { max: 500 } }] : [],
        ...(r.affinity ? { sessionAffinity: { cookieName: 'flagger-cookie' } } : {}),
      } as Partial<CanaryAnalysis>,
      {
        ...(r.provider ? { provider: r.provider } : {}),
        service: { port: 80, ...(r.appProtocol ? { appProtocol: r.appProtocol } : {}) },
      },
    ),
  )

const whatIfArb: fc.Arbitrary<WhatIf> = fc.record(
  {
    failFromTick: tickArb,
    failAtTicks: fc.array(tickArb, { maxLength: 6 }),
    preRolloutFailFromTick: tickArb,
    rollbackHookAtTick: tickArb,
    gateRefusals: fc.array(
      fc.record(
        {
          type: fc.constantFrom(
            'confirm-rollout' as const,
            'confirm-traffic-increase' as const,
            'confirm-promotion' as const,
          ),
          fromTick: tickArb,
          untilTick: tickArb,
        },
        { requiredKeys: ['type', 'fromTick'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
)

const runs = fc
  .tuple(canaryArb, whatIfArb)
  .map(([canary, whatIf]) => ({ canary, whatIf, timeline: simulateAnalysis(canary, whatIf) }))
const isRunning = (phase: string): boolean => phase === 'Progressing' || phase === 'WaitingPromotion'

function expectStepRule(canary: Canary, timeline: Timeline): void {
  const analysis = canary.spec?.analysis
  if (timeline.strategy !== 'canary') return
  timeline.ticks.forEach((tick, k) => {
    const prev = timeline.ticks[k - 1]
    if (!prev || !isRunning(prev.phase) || !isRunning(tick.phase) || tick.canaryWeight === prev.canaryWeight) return
    const step = nextStepWeight(analysis, prev.canaryWeight)
    // Flagger runCanary: leaving the mirror step goes to the first step itself; otherwise add the step, capped at 100.
    const expected = analysis?.mirror && prev.canaryWeight === 0 ? step : Math.min(100, prev.canaryWeight + step)
    expect(tick.canaryWeight, `tick ${k}`).toBe(expected)
  })
}

describe('simulateAnalysis properties', () => {
  it('weights always add up to 100, each within 0…100', () => {
    fc.assert(
      fc.property(runs, ({ timeline }) => {
        for (const t of timeline.ticks) {
          expect(t.primaryWeight + t.canaryWeight).toBe(100)
          expect(t.canaryWeight).toBeGreaterThanOrEqual(0)
          expect(t.primaryWeight).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('the canary weight moves only by the step rule during analysis (overshooting maxWeight allowed)', () => {
    fc.assert(
      fc.property(runs, ({ canary, timeline }) => expectStepRule(canary, timeline)),
      { numRuns: 400 },
    )
  })

  it('every run ends within a bounded number of ticks, and its outcome matches its last tick', () => {
    fc.assert(
      fc.property(runs, ({ timeline }) => {
        expect(timeline.ticks.length).toBeLessThanOrEqual(maxSimulatedTicks)
        const last = timeline.ticks.at(-1)
        const expectedPhase = { promoted: 'Succeeded', 'rolled-back': 'Failed' } as const
        if (timeline.outcome === 'halted') {
          expect(timeline.finishedAtSeconds).toBeNull()
          expect(timeline.haltReason).toBeTruthy()
        } else {
          expect(last?.phase).toBe(expectedPhase[timeline.outcome])
          expect(timeline.finishedAtSeconds).toBe(last?.atSeconds)
        }
        timeline.ticks.forEach((t, k) => expect(t.atSeconds).toBe(k * timeline.intervalSeconds))
      }),
      { numRuns: 400 },
    )
  })

  it('rolls back exactly one tick after the threshold-th failed check', () => {
    fc.assert(
      fc.property(runs, ({ canary, timeline }) => {
        const threshold = analysisThreshold(canary.spec?.analysis)
        timeline.ticks.forEach((tick, k) => {
          const next = timeline.ticks[k + 1]
          if (isRunning(tick.phase) && tick.failedChecks >= threshold) {
            expect(tick.failedChecks).toBe(threshold)
            expect(tick.failed).toBe(true)
            expect(next?.phase).toBe('Failed')
          }
          const manual = tick.events.some((e) => e.endsWith('manual webhook invoked'))
          if (tick.phase === 'Failed' && !manual) expect(timeline.ticks[k - 1]?.failedChecks).toBe(threshold)
        })
      }),
      { numRuns: 400 },
    )
  })
})

describe('tick cap', () => {
  it('stops a pathological run at maxSimulatedTicks, marked truncated', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 50_000 }))
    expect(timeline.ticks).toHaveLength(maxSimulatedTicks)
    expect(timeline).toMatchObject({ outcome: 'halted', truncated: true, finishedAtSeconds: null })
    expect(timeline.haltReason).toContain(`${maxSimulatedTicks} ticks`)
  })
})
