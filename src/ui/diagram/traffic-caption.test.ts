import { describe, expect, it } from 'vitest'
import { trafficCaption } from './traffic-caption.ts'

const routing = (primaryWeight: number, canaryWeight: number, mirrored = false) => ({
  primaryWeight,
  canaryWeight,
  mirrored,
  hasPreviousAffinityCookie: false,
})

describe('trafficCaption', () => {
  it('names A/B numbers as matching requests against all others', () => {
    expect(
      trafficCaption({ strategy: 'ab-testing', routing: routing(0, 100), tickIndex: 1, hasSessionAffinity: false }),
    ).toBe('T1 · matching requests → canary 100 %, all others → primary')
    expect(
      trafficCaption({ strategy: 'ab-testing', routing: routing(100, 0), tickIndex: 12, hasSessionAffinity: false }),
    ).toBe('T12 · all requests → primary (no A/B routing now)')
  })

  it('gives a progressive canary its weights at the tick, and says when sessions stick', () => {
    expect(
      trafficCaption({ strategy: 'canary', routing: routing(90, 10), tickIndex: 1, hasSessionAffinity: false }),
    ).toBe('T1 · weights at this tick: primary 90 % · canary 10 %')
    expect(
      trafficCaption({ strategy: 'canary', routing: routing(70, 30), tickIndex: 3, hasSessionAffinity: true }),
    ).toBe('T3 · new sessions: primary 70 % · canary 30 %')
  })

  it('says blue/green mirrors a copy while all requests stay on the primary', () => {
    expect(
      trafficCaption({
        strategy: 'blue-green',
        routing: routing(100, 0, true),
        tickIndex: 2,
        hasSessionAffinity: false,
      }),
    ).toBe('T2 · all requests → primary 100 % · a copy of each primary request → canary (mirror)')
    expect(
      trafficCaption({ strategy: 'blue-green', routing: routing(0, 100), tickIndex: 11, hasSessionAffinity: false }),
    ).toBe('T11 · all requests → canary 100 %')
  })
})
