import { describe, expect, it } from 'vitest'
import { canaryWith } from './test-fixtures.ts'
import { simulateFailingRun } from './failing-run.ts'
import { simulateAnalysis } from './scheduler.ts'

describe('simulateFailingRun', () => {
  it('is the run with every check failing from the first tick, computed once per Canary object', () => {
    const canary = canaryWith({ stepWeight: 10, maxWeight: 50 })
    const run = simulateFailingRun(canary)
    expect(run).toEqual(simulateAnalysis(canary, { failFromTick: 1 }))
    expect(run.outcome).toBe('rolled-back')
    expect(simulateFailingRun(canary)).toBe(run)
    expect(simulateFailingRun(structuredClone(canary))).not.toBe(run)
  })
})
