import { describe, expect, it } from 'vitest'
import { nextStepWeight } from './next-step-weight.ts'

// flagger-semantics.md §a.6.1–a.6.2 (scheduler.go nextStepWeight).
describe('nextStepWeight', () => {
  it.each([
    [{ stepWeight: 20 }, 0, 20],
    [{ stepWeight: 20 }, 100, 20],
    [{ stepWeight: 20, stepWeights: [1, 5] }, 0, 20],
    [{}, 30, 0],
    [{ stepWeight: -5 }, 0, -5],
    [{ stepWeights: [1, 2, 10, 80] }, 0, 1],
    [{ stepWeights: [1, 2, 10, 80] }, 2, 8],
    [{ stepWeights: [1, 2, 10, 80] }, 10, 70],
    [{ stepWeights: [1, 2, 10, 80] }, 80, 20],
    [{ stepWeights: [1, 2, 10, 80] }, 100, 1],
    [{ stepWeights: [1, 2, 10, 80] }, 37, 63],
    [{ stepWeights: [150] }, 0, 100],
    [{ stepWeights: [10, 200] }, 10, 90],
    [{ stepWeights: [10, 10, 20] }, 10, 0],
    [{ stepWeights: [10, 5, 50] }, 10, -5],
    [{ stepWeights: [0, 50] }, 0, 0],
  ])('%j from %i → %i', (analysis, weight, step) => {
    expect(nextStepWeight(analysis, weight)).toBe(step)
  })
})
