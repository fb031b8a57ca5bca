import type { Canary } from '../catalog/canary-fields.ts'
import { simulateAnalysis } from './scheduler.ts'
import type { Timeline } from './types.ts'

// The timeline summary and the headline figures both read this run; a Canary object never changes, so one run
// per Canary serves both (and every re-render until the document changes).
const failingRuns = new WeakMap<Canary, Timeline>()

/**
 * The run in which every analysis fails from the first one on: the earliest rollback (flagger-semantics.md
 * "Conventions"). Memoised per Canary object.
 */
export function simulateFailingRun(canary: Canary): Timeline {
  const known = failingRuns.get(canary)
  if (known) return known
  const run = simulateAnalysis(canary, { failFromTick: 0 })
  failingRuns.set(canary, run)
  return run
}
