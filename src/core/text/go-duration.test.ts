import { describe, expect, it } from 'vitest'
import { formatDuration, parseGoDuration } from './go-duration.ts'

describe('parseGoDuration', () => {
  it.each([
    ['90s', 90],
    ['1m30s', 90],
    ['1.5h', 5400],
    ['2h45m', 9900],
    ['-1m', -60],
    ['500ms', 0.5],
    ['.5s', 0.5],
    ['1.s', 1],
    ['0', 0],
    ['1µs', 1e-6],
  ])('accepts %s', (text, seconds) => {
    expect(parseGoDuration(text)).toBeCloseTo(seconds, 9)
  })

  it.each(['', '1', '1d', '1 m', 'm', '1M', '1min', '--1s', '1h-1m'])('rejects %j', (text) => {
    expect(parseGoDuration(text)).toBeUndefined()
  })
})

describe('formatDuration', () => {
  it.each([
    [90, '1m30s'],
    [3600, '1h'],
    [0.5, '500ms'],
    [0, '0s'],
    [600, '10m'],
  ])('%d → %s', (s, text) => {
    expect(formatDuration(s)).toBe(text)
  })
})
