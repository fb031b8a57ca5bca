import type { Canary } from '../catalog/canary-fields.ts'
import { simulateAnalysis } from './scheduler.ts'
import type { Timeline } from './types.ts'

// The timeline summary and the headline figures both read this run; a Canary object never changes, so one run
// per Canary serves both (and every re-render until the document changes).
const failingRuns = new WeakMap<Canary, Timeline>()

/** The first tick at which Flagger can run a check: T0 is the detection tick (confirm-rollout only). */
export const firstCheckTick = 1

/**
 * The run in which every check fails from the first one on (pre-rollout hooks, rollout hooks, metrics): the
 * earliest rollback (flagger-semantics.md "Conventions for our timeline output"). Tick 0 only detects the
 * revision, so failing from tick 1 fails the first check whichever it is. Memoised per Canary object.
 */
export function simulateFailingRun(canary: Canary): Timeline {
  const known = failingRuns.get(canary)
  if (known) return known
  const run = simulateAnalysis(canary, { failFromTick: firstCheckTick })
  failingRuns.set(canary, run)
  return run
}
