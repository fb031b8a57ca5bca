import type { CanaryMetric } from '../catalog/canary-fields.ts'
import type { SimContext } from './sim-context.ts'

// Flagger's Kubernetes event messages, worded as scheduler.go, scheduler_hooks.go and scheduler_metrics.go word
// them. `…` stands for a value only a real cluster knows (a measured metric, an HTTP error).

const canaryRef = (ctx: SimContext): string => `${ctx.names.canary}.${ctx.names.namespace}`
const targetRef = (ctx: SimContext): string => `${ctx.names.target}.${ctx.names.namespace}`

/** Event messages, one function per message Flagger records. */
export const flaggerEvents = {
  suspended: () => 'skipping canary run as object is suspended',
  newRevision: (ctx: SimContext) => `New revision detected! Scaling up ${targetRef(ctx)}`,
  confirmRolloutPassed: (hook: string) => `Confirm-rollout check ${hook} passed`,
  waitingForApproval: (ctx: SimContext, hook: string) =>
    `Halt ${canaryRef(ctx)} advancement waiting for approval ${hook}`,
  rollbackHookNo: (hook: string) => `Rollback hook ${hook} not signaling a rollback`,
  rollbackHookYes: (hook: string) => `Rollback check ${hook} passed`,
  manualRollback: (ctx: SimContext) => `Rolling back ${canaryRef(ctx)} manual webhook invoked`,
  thresholdReached: (ctx: SimContext, failedChecks: number) =>
    `Rolling back ${canaryRef(ctx)} failed checks threshold reached ${failedChecks}`,
  canaryFailed: (ctx: SimContext) => `Canary failed! Scaling down ${canaryRef(ctx)}`,
  postRolloutPassed: (hook: string) => `Post-rollout check ${hook} passed`,
  promotionCompleted: (ctx: SimContext) => `Promotion completed! Scaling down ${targetRef(ctx)}`,
  skippedPromotion: (ctx: SimContext) => `Promotion completed! Canary analysis was skipped for ${targetRef(ctx)}`,
  copying: (ctx: SimContext) =>
    `Copying ${targetRef(ctx)} template spec to ${ctx.names.target}-primary.${ctx.names.namespace}`,
  startingAnalysis: (ctx: SimContext) => `Starting canary analysis for ${targetRef(ctx)}`,
  preRolloutPassed: (hook: string) => `Pre-rollout check ${hook} passed`,
  preRolloutFailed: (ctx: SimContext, hook: string) =>
    `Halt ${canaryRef(ctx)} advancement pre-rollout check ${hook} failed …`,
  externalCheckFailed: (ctx: SimContext, hook: string) =>
    `Halt ${canaryRef(ctx)} advancement external check ${hook} failed …`,
  unusableMetric: () => 'Metric query failed for no usable metrics template and query were configured',
  trafficIncreasePassed: (hook: string) => `Confirm-traffic-increase check ${hook} passed`,
  waitingForTrafficIncrease: (ctx: SimContext, hook: string) =>
    `Halt ${canaryRef(ctx)} advancement waiting for traffic increase approval ${hook}`,
  promotionPassed: (hook: string) => `Confirm-promotion check ${hook} passed`,
  waitingForPromotion: (ctx: SimContext, hook: string) =>
    `Halt ${canaryRef(ctx)} advancement waiting for promotion approval ${hook}`,
  advanceWeight: (ctx: SimContext, weight: number) => `Advance ${canaryRef(ctx)} canary weight ${weight}`,
  advanceIteration: (ctx: SimContext, iteration: number) =>
    `Advance ${canaryRef(ctx)} canary iteration ${iteration}/${ctx.iterations}`,
  routeAllToCanary: (ctx: SimContext) =>
    ctx.mirror ? 'Stop traffic mirroring and route all traffic to canary' : 'Routing all traffic to canary',
  routeAllToPrimary: () => 'Routing all traffic to primary',
  advancePrimaryWeight: (ctx: SimContext, weight: number) => `Advance ${canaryRef(ctx)} primary weight ${weight}`,
  abTestingUnsupported: () => 'A/B testing is not supported when using the kubernetes provider',
  progressiveUnsupported: () => 'Progressive traffic is not supported when using the kubernetes provider',
  settingIterations: () => 'Setting canaryAnalysis.iterations: 10',
  affinityIntervalUnparsable: (goError: string) => `failed to parse canary interval: ${goError}`,
  routesRejected: (ctx: SimContext, primary: number, canary: number) =>
    `VirtualService ${ctx.names.apex}.${ctx.names.namespace} update failed: … (weights ${primary}/${canary}: Istio rejects a negative weight)`,
}

/** The message of a failing metric check, with `…` for the measured value (scheduler_metrics.go). */
export function metricFailedEvent(ctx: SimContext, metric: CanaryMetric): string {
  const ref = canaryRef(ctx)
  const range = metric.thresholdRange
  if (metric.name === 'request-success-rate') {
    if (range?.min !== undefined) return `Halt ${ref} advancement success rate …% < ${range.min}%`
    return `Halt ${ref} advancement success rate …% > ${range?.max ?? metric.threshold ?? '…'}%`
  }
  if (metric.name === 'request-duration') {
    if (range?.min !== undefined) return `Halt ${ref} advancement request duration … < ${range.min}ms`
    return `Halt ${ref} advancement request duration … > ${range?.max ?? metric.threshold ?? '…'}ms`
  }
  if (range?.min !== undefined) return `Halt ${ref} advancement ${metric.name ?? ''} … < ${range.min}`
  return `Halt ${ref} advancement ${metric.name ?? ''} … > ${range?.max ?? metric.threshold ?? '…'}`
}
