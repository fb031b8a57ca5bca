import { describe, expect, it } from 'vitest'
import { formatAxisTime, linearScale, timeAxisTicks } from './time-axis.ts'

describe('linearScale', () => {
  it('maps the domain ends onto the range ends and interpolates between', () => {
    const x = linearScale(0, 600, 100, 700)
    expect(x(0)).toBe(100)
    expect(x(600)).toBe(700)
    expect(x(150)).toBe(250)
  })

  it('inverts for a y axis drawn downwards, and maps a zero-width domain to the range start', () => {
    expect(linearScale(0, 100, 80, 0)(25)).toBe(60)
    expect(linearScale(5, 5, 10, 20)(5)).toBe(10)
  })
})

describe('formatAxisTime', () => {
  it('writes short wall-clock offsets', () => {
    expect(formatAxisTime(0)).toBe('0')
    expect(formatAxisTime(30)).toBe('30s')
    expect(formatAxisTime(60)).toBe('1m')
    expect(formatAxisTime(90)).toBe('1m30s')
    expect(formatAxisTime(3600)).toBe('1h')
    expect(formatAxisTime(5400)).toBe('1h30m')
  })
})

describe('timeAxisTicks', () => {
  it('labels every tick when the interval fits', () => {
    expect(timeAxisTicks(480, 60, 800)).toEqual([0, 60, 120, 180, 240, 300, 360, 420, 480])
  })

  it('thins labels to a multiple of the interval when ticks are dense', () => {
    const ticks = timeAxisTicks(3600, 60, 400)
    expect(ticks[0]).toBe(0)
    const step = ticks[1]!
    expect(step % 60).toBe(0)
    expect((step * 400) / 3600).toBeGreaterThanOrEqual(44)
    expect(ticks.length).toBeLessThanOrEqual(400 / 44 + 1)
  })

  it('falls back to an even step beyond the round ones, and copes with empty input', () => {
    const ticks = timeAxisTicks(10_000_000, 60, 500)
    expect(ticks.length).toBeLessThanOrEqual(500 / 44 + 2)
    expect(timeAxisTicks(0, 60, 500)).toEqual([0])
  })
})
