import type { CanaryAnalysis } from '../catalog/canary-fields.ts'

/** Flagger's fixed total weight: primary + canary always add up to 100 (scheduler.go totalWeight). */
export const totalWeight = 100

/**
 * The step Flagger adds to the canary weight from `canaryWeight` (flagger-semantics.md §a.6.1–a.6.2); a result
 * ≤ 0 means the canary never advances from there.
 */
export function nextStepWeight(analysis: CanaryAnalysis | undefined, canaryWeight: number): number {
  const stepWeight = analysis?.stepWeight ?? 0
  const steps = analysis?.stepWeights ?? []
  // Flagger scheduler.go nextStepWeight: a positive stepWeight wins; without stepWeights it is the step even when ≤ 0.
  if (stepWeight > 0 || steps.length === 0) return stepWeight
  const maxStep = totalWeight - canaryWeight
  // Flagger scheduler.go nextStepWeight: at 100 any positive step lets runCanary reach its promotion branch.
  if (maxStep === 0) return 1
  if (canaryWeight === 0) return Math.min(maxStep, steps[0] ?? 0)
  // Flagger scheduler.go nextStepWeight: the entry equal to the weight (last entry excluded) gives the next one.
  for (let i = 0; i < steps.length - 1; i++) {
    if (steps[i] === canaryWeight) return Math.min(maxStep, (steps[i + 1] ?? 0) - canaryWeight)
  }
  return maxStep
}
