import { describe, expect, it } from 'vitest'
import { initialRouting } from '../model/routing.ts'
import { firstTrafficTick, routingAt } from './routing-at.ts'
import { simulateAnalysis } from './scheduler.ts'
import { canaryWith } from './test-fixtures.ts'

describe('routingAt', () => {
  const mirroredCanary = simulateAnalysis(canaryWith({ stepWeight: 10, maxWeight: 50, mirror: true }))

  it('reads a tick’s weights, mirror and cookie state', () => {
    expect(routingAt(mirroredCanary, 1)).toEqual({
      primaryWeight: 100,
      canaryWeight: 0,
      mirrored: true,
      hasPreviousAffinityCookie: false,
    })
    expect(routingAt(mirroredCanary, 3)).toEqual({
      primaryWeight: 80,
      canaryWeight: 20,
      mirrored: false,
      hasPreviousAffinityCookie: false,
    })
  })

  it('clamps past the end to the last tick and answers the initial routing before T0', () => {
    expect(routingAt(mirroredCanary, 999)).toEqual(routingAt(mirroredCanary, mirroredCanary.ticks.length - 1))
    expect(routingAt(mirroredCanary, -1)).toBe(initialRouting)
    expect(routingAt(mirroredCanary, Number.NaN)).toBe(initialRouting)
  })

  it('shows the previous cookie being expired after promotion (session affinity)', () => {
    const timeline = simulateAnalysis(canaryWith({ stepWeight: 50, sessionAffinity: { cookieName: 'c' } }))
    expect(routingAt(timeline, timeline.ticks.length - 1).hasPreviousAffinityCookie).toBe(true)
  })
})

describe('firstTrafficTick', () => {
  it('counts mirrored traffic', () => {
    expect(firstTrafficTick(simulateAnalysis(canaryWith({ stepWeight: 10, mirror: true })))).toBe(1)
  })

  it('is the first weight step without mirror, and the first iteration for A/B', () => {
    expect(firstTrafficTick(simulateAnalysis(canaryWith({ stepWeights: [5, 50] })))).toBe(1)
    expect(
      firstTrafficTick(simulateAnalysis(canaryWith({ iterations: 3, match: [{ headers: { a: { exact: 'b' } } }] }))),
    ).toBe(1)
  })

  it('is the 0/100 switch for plain blue/green, and −1 when the canary never gets traffic', () => {
    expect(firstTrafficTick(simulateAnalysis(canaryWith({ iterations: 3 })))).toBe(4)
    expect(firstTrafficTick(simulateAnalysis(canaryWith({ iterations: 3 }, { provider: 'kubernetes' })))).toBe(-1)
    expect(firstTrafficTick(simulateAnalysis(canaryWith({ stepWeight: 10 }, { suspend: true })))).toBe(-1)
  })
})
