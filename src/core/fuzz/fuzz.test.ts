import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzSeeds } from '../../test-support/fuzz-seeds.ts'
import { fuzzCase, hostileCanaryText } from './arbitraries.ts'
import { runPipeline, type CaseStats } from './pipeline.ts'

// A small run of `npm run fuzz` (scripts/fuzz.ts): the same cases and invariants, fewer of them. The seed is fixed
// so a test run is repeatable and CI cannot turn red on a case no commit introduced; `npm run fuzz` searches with a
// fresh seed each time, and what it finds is replayed in regressions.test.ts.
const runs = Number(process.env.FUZZ_RUNS ?? 200)
const seed = Number(process.env.FUZZ_SEED ?? 20261206)

describe('fuzz: parse → edit → validate → simulate → traffic → generate → trace → metrics', () => {
  it(`${runs} generated and mutated documents break no invariant`, () => {
    const totals = { cases: 0, parsedOk: 0, edits: 0, ticks: 0 }
    fc.assert(
      fc.property(fuzzCase(fuzzSeeds()), (c) => {
        const s: CaseStats = runPipeline(c)
        totals.cases++
        totals.parsedOk += s.parsedOk ? 1 : 0
        totals.edits += s.edits
        totals.ticks += s.ticks
      }),
      { numRuns: runs, seed },
    )
    console.log(
      `fuzz (in-suite): ${totals.cases} cases, ${totals.parsedOk} reached every stage, ${totals.edits} edits, ${totals.ticks} ticks simulated`,
    )
    expect(totals.cases).toBeGreaterThanOrEqual(runs)
  }, 120_000)
  it('hostile sizes (a billion iterations, thousands of webhooks, long or catastrophic regexes) break no invariant', () => {
    fc.assert(
      fc.property(hostileCanaryText, (text) => {
        const s = runPipeline({ text, edits: [], whatIfs: [] })
        expect(s.parsedOk).toBe(true)
      }),
      { numRuns: 6, seed },
    )
  }, 180_000)
})
