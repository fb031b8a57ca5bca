import type { Canary, CanaryAnalysis } from '../catalog/canary-fields.ts'
import type { ProviderName } from '../catalog/dsl.ts'
import { parseGoDuration } from '../text/go-duration.ts'

// Flagger v1.44 effective values (flagger-semantics.md §a.2), from pkg/apis/flagger/v1beta1/canary.go and
// pkg/controller/scheduler.go. Everything that simulates, draws or generates reads values through these.

export type Strategy = 'canary' | 'ab-testing' | 'blue-green'

/** The provider Flagger uses: spec.provider, else the -mesh-provider flag's default, istio. */
export function effectiveProvider(canary: Canary): ProviderName {
  return canary.spec?.provider ?? 'istio'
}

/** The apex Service name: spec.service.name, else spec.targetRef.name (Canary.GetServiceNames). */
export function apexName(canary: Canary): string {
  const name = canary.spec?.service?.name
  if (name) return name
  return canary.spec?.targetRef?.name ?? ''
}

/** The names Flagger derives: apex, `<apex>-primary`, `<apex>-canary` Services; `<target>-primary` Deployment. */
export function derivedNames(canary: Canary): {
  apex: string
  primaryService: string
  canaryService: string
  target: string
  primaryWorkload: string
} {
  const apex = apexName(canary)
  const target = canary.spec?.targetRef?.name ?? ''
  return {
    apex,
    primaryService: `${apex}-primary`,
    canaryService: `${apex}-canary`,
    target,
    primaryWorkload: `${target}-primary`,
  }
}

/** GetAnalysisInterval: empty or unparsable → 60s; below 10s → 10s. */
export function analysisIntervalSeconds(analysis: CanaryAnalysis | undefined): number {
  const raw = analysis?.interval
  const parsed = raw === undefined || raw === '' ? undefined : parseGoDuration(raw)
  if (parsed === undefined) return 60
  return parsed < 10 ? 10 : parsed
}

/** GetAnalysisThreshold: ≤ 0 or absent → 1. */
export function analysisThreshold(analysis: CanaryAnalysis | undefined): number {
  const t = analysis?.threshold
  return t === undefined || t <= 0 ? 1 : t
}

/** Controller.maxWeight: last stepWeights entry (capped at 100) when stepWeights is set, else maxWeight > 0, else 100. */
export function maxWeight(analysis: CanaryAnalysis | undefined): number {
  const steps = analysis?.stepWeights
  if (steps && steps.length > 0) return Math.min(100, steps[steps.length - 1] ?? 100)
  const m = analysis?.maxWeight
  return m !== undefined && m > 0 ? m : 100
}

/** analysis.iterations as Flagger sees it; provider kubernetes forces 10 when < 1. */
export function effectiveIterations(canary: Canary): number {
  const it = canary.spec?.analysis?.iterations ?? 0
  if (effectiveProvider(canary) === 'kubernetes' && it < 1) return 10
  return it
}

/** Canary.DeploymentStrategy, with provider kubernetes' forced blue/green (its match is dropped). */
export function deploymentStrategy(canary: Canary): Strategy {
  const iterations = effectiveIterations(canary)
  const isKubernetes = effectiveProvider(canary) === 'kubernetes'
  const hasMatch = (canary.spec?.analysis?.match?.length ?? 0) > 0
  if (hasMatch && iterations > 0 && !isKubernetes) return 'ab-testing'
  if (iterations > 0) return 'blue-green'
  return 'canary'
}

/** spec.service.gateways, or ["mesh"] when the list is empty or absent (Istio router). */
export function effectiveGateways(canary: Canary): string[] {
  const gateways = canary.spec?.service?.gateways ?? []
  return gateways.length > 0 ? [...gateways] : ['mesh']
}

/** GetProgressDeadlineSeconds: default 600. */
export function progressDeadlineSeconds(canary: Canary): number {
  return canary.spec?.progressDeadlineSeconds ?? 600
}

/** SessionAffinity.GetMaxAge: 0 or absent → 86400; a negative value is used as it is (Go tests `== 0`). */
export function sessionAffinityMaxAge(canary: Canary): number {
  const age = canary.spec?.analysis?.sessionAffinity?.maxAge
  return age === undefined || age === 0 ? 86400 : age
}

/** Whether the Istio router builds a TCP route (service.appProtocol equals "tcp", ignoring case). */
export function isTcpService(canary: Canary): boolean {
  return (canary.spec?.service?.appProtocol ?? '').toLowerCase() === 'tcp'
}
