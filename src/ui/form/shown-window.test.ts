import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { firstHiddenIndex, shownWindow } from './shown-window.ts'

describe('shownWindow', () => {
  it('shows everything when the collection fits', () => {
    expect(shownWindow(3, 50)).toEqual({ indexes: [0, 1, 2], hidden: 0 })
    expect(shownWindow(0, 50)).toEqual({ indexes: [], hidden: 0 })
  })

  it('shows exactly the limit at the limit, and hides one at limit + 1', () => {
    expect(shownWindow(50, 50).hidden).toBe(0)
    expect(shownWindow(50, 50).indexes).toHaveLength(50)
    expect(shownWindow(51, 50)).toEqual({ indexes: Array.from({ length: 50 }, (_, i) => i), hidden: 1 })
  })

  it('adds a pinned entry beyond the limit, in order, and counts it as shown', () => {
    const { indexes, hidden } = shownWindow(100_000, 2, [99_999, 500, 1])
    expect(indexes).toEqual([0, 1, 500, 99_999])
    expect(hidden).toBe(99_996)
  })

  it('ignores pins of removed entries and pins inside the window', () => {
    expect(shownWindow(5, 2, [7, -1, 1, 4, 4])).toEqual({ indexes: [0, 1, 4], hidden: 2 })
  })

  it('never shows an index twice or out of range, and shown + hidden is the total', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(600), fc.array(fc.integer({ min: -5, max: 700 })), (total, limit, pins) => {
        const { indexes, hidden } = shownWindow(total, limit, pins)
        expect(new Set(indexes).size).toBe(indexes.length)
        expect(indexes.every((i, n) => i >= 0 && i < total && (n === 0 || i > (indexes[n - 1] ?? -1)))).toBe(true)
        expect(indexes.length + hidden).toBe(total)
        expect(indexes.length).toBeGreaterThanOrEqual(Math.min(total, limit))
        for (const p of pins) if (p >= 0 && p < total) expect(indexes).toContain(p)
      }),
    )
  })
})

describe('firstHiddenIndex', () => {
  it('is the first index the window leaves out, none when all are shown', () => {
    expect(firstHiddenIndex(shownWindow(100, 50, [50, 51, 90]))).toBe(52)
    expect(firstHiddenIndex(shownWindow(100, 50))).toBe(50)
    expect(firstHiddenIndex(shownWindow(100, 0, [0]))).toBe(1)
    expect(firstHiddenIndex(shownWindow(50, 50))).toBeUndefined()
  })
})
