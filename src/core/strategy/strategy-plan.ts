import type { Canary } from '../catalog/canary-fields.ts'
import { nodeAt } from '../catalog/field-docs.ts'
import type { FieldPath } from '../diagnostic.ts'
import { effectiveProvider, isTcpService } from '../model/effective.ts'
import { findStrategyChoice, type StrategyId } from './strategy-choices.ts'
import { strategyDefaults } from './strategy-defaults.ts'

/** One edit a switch makes, relative to spec.analysis; `before` is the raw value there (undefined when absent). */
export type PlannedEdit =
  | { readonly kind: 'set'; readonly path: FieldPath; readonly value: unknown; readonly before: unknown }
  | { readonly kind: 'remove'; readonly path: FieldPath; readonly before: unknown }

type Raw = Readonly<Record<string, unknown>>

// Keys of spec.analysis that the target strategy must not have. Flagger's Canary.DeploymentStrategy
// (pkg/apis/flagger/v1beta1/canary.go) picks ab-testing for match + iterations > 0, blue-green for iterations > 0,
// else canary; the CRD's analysis oneOf allows only one of iterations, stepWeight, stepWeights (by key presence).
const excluded: Record<StrategyId, readonly string[]> = {
  canary: ['iterations', 'match', 'mirror', 'mirrorWeight', 'sessionAffinity'],
  // Flagger istio.go SetRoutes: match replaces the cookie routes; a mirror sits on the sticky route (quirk Q6).
  'canary-session-affinity': ['iterations', 'match', 'mirror', 'mirrorWeight'],
  // Flagger scheduler.go runAB: no weights, no mirror; the match routes replace any cookie routes.
  'ab-testing': ['stepWeight', 'stepWeights', 'maxWeight', 'mirror', 'mirrorWeight', 'sessionAffinity'],
  'blue-green': ['stepWeight', 'stepWeights', 'maxWeight', 'match', 'mirror', 'mirrorWeight', 'sessionAffinity'],
  'blue-green-mirroring': ['stepWeight', 'stepWeights', 'maxWeight', 'match', 'sessionAffinity'],
}

// A field the target needs, by which the provider check names the strategy's requirement.
const keyField: Record<StrategyId, string> = {
  canary: 'stepWeight',
  'canary-session-affinity': 'sessionAffinity',
  'ab-testing': 'match',
  'blue-green': 'iterations',
  'blue-green-mirroring': 'mirror',
}

/** Values Flagger treats exactly as absent, which a switch therefore leaves alone. */
function isInert(key: string, value: unknown): boolean {
  return (key === 'mirror' && value === false) || (key === 'match' && Array.isArray(value) && value.length === 0)
}

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const isPositive = (v: unknown): v is number => typeof v === 'number' && v > 0

/** Why Flagger cannot run `target` for this Canary (provider or TCP service), or undefined when it can. */
export function strategyUnsupportedReason(canary: Canary, target: StrategyId): string | undefined {
  const provider = effectiveProvider(canary)
  const title = findStrategyChoice(target)?.title ?? target
  if (provider === 'kubernetes' && target !== 'blue-green')
    // Flagger scheduler.go advanceCanary: provider kubernetes drops match and forces iterations (10 when < 1).
    return `${title} needs traffic routing, but provider kubernetes only swaps Services: Flagger runs every Canary as blue/green with it. Choose Blue/green, or set spec.provider to your mesh.`
  const key = keyField[target]
  const providers = nodeAt(['spec', 'analysis', key])?.providers
  if (providers && !providers.includes(provider))
    return `${title} needs analysis.${key}, which provider ${provider} ignores (only ${providers.join(', ')} read it).`
  if (provider === 'istio' && isTcpService(canary) && ['match', 'mirror', 'sessionAffinity'].includes(key))
    return `${title} needs HTTP routing, but service.appProtocol is tcp: Flagger writes a TCP route, which has no analysis.${key}.`
  return undefined
}

/** The step fields of a canary: kept when they already move the weight, else stepWeight (and maxWeight) added. */
function planSteps(raw: Raw): PlannedEdit[] {
  const steps = raw.stepWeights
  if (Array.isArray(steps) && steps.length > 0) return []
  const edits: PlannedEdit[] = []
  // The CRD's oneOf counts keys: an empty stepWeights beside stepWeight is still two strategies.
  if ('stepWeights' in raw) edits.push({ kind: 'remove', path: ['stepWeights'], before: steps })
  if (isPositive(raw.stepWeight)) return edits
  const max = raw.maxWeight
  const step =
    isPositive(max) && max <= 100
      ? largestDivisorUpTo(max, strategyDefaults.stepWeight())
      : strategyDefaults.stepWeight()
  edits.push({ kind: 'set', path: ['stepWeight'], value: step, before: raw.stepWeight })
  if (!isPositive(max))
    edits.push({ kind: 'set', path: ['maxWeight'], value: strategyDefaults.maxWeight(), before: max })
  return edits
}

/** The largest whole step ≤ `limit` that reaches `max` exactly, so the last step lands on maxWeight. */
function largestDivisorUpTo(max: number, limit: number): number {
  for (let d = Math.min(limit, Math.floor(max)); d > 1; d--) if (max % d === 0) return d
  return 1
}

function planSessionAffinity(raw: Raw): PlannedEdit[] {
  const affinity = raw.sessionAffinity
  const cookieName = strategyDefaults.cookieName()
  if (!isRecord(affinity)) return [{ kind: 'set', path: ['sessionAffinity'], value: { cookieName }, before: affinity }]
  if (typeof affinity.cookieName === 'string' && affinity.cookieName !== '') return []
  return [{ kind: 'set', path: ['sessionAffinity', 'cookieName'], value: cookieName, before: affinity.cookieName }]
}

function planTargetFields(raw: Raw, target: StrategyId): PlannedEdit[] {
  const edits: PlannedEdit[] = []
  if (target === 'canary' || target === 'canary-session-affinity') edits.push(...planSteps(raw))
  else if (!isPositive(raw.iterations))
    edits.push({ kind: 'set', path: ['iterations'], value: strategyDefaults.iterations(), before: raw.iterations })
  if (target === 'canary-session-affinity') edits.push(...planSessionAffinity(raw))
  if (target === 'ab-testing' && !(Array.isArray(raw.match) && raw.match.length > 0))
    edits.push({ kind: 'set', path: ['match'], value: [strategyDefaults.matchCondition()], before: raw.match })
  if (target === 'blue-green-mirroring' && raw.mirror !== true)
    edits.push({ kind: 'set', path: ['mirror'], value: true, before: raw.mirror })
  return edits
}

/**
 * The edits to spec.analysis that make Flagger run `target`: the CRD's required interval and threshold when
 * missing, the fields the target strategy reads (kept when they already work), and the removal of every field
 * that would select or disturb another strategy. Everything else is left as it is.
 */
export function planStrategySwitch(
  canary: Canary,
  rawAnalysis: unknown,
  target: StrategyId,
): PlannedEdit[] | { error: string } {
  const reason = strategyUnsupportedReason(canary, target)
  if (reason) return { error: reason }
  const raw: Raw = isRecord(rawAnalysis) ? rawAnalysis : {}
  const edits: PlannedEdit[] = excluded[target]
    .filter((key) => key in raw && !isInert(key, raw[key]))
    .map((key) => ({ kind: 'remove', path: [key], before: raw[key] }))
  if (!('interval' in raw))
    edits.push({ kind: 'set', path: ['interval'], value: strategyDefaults.interval(), before: undefined })
  if (!('threshold' in raw))
    edits.push({ kind: 'set', path: ['threshold'], value: strategyDefaults.threshold(), before: undefined })
  return [...edits, ...planTargetFields(raw, target)]
}
