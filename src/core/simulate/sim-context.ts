import type { Canary, CanaryAnalysis, CanaryMetric } from '../catalog/canary-fields.ts'
import {
  analysisThreshold,
  apexName,
  deploymentStrategy,
  effectiveIterations,
  effectiveProvider,
  isTcpService,
  maxWeight,
  type Strategy,
} from '../model/effective.ts'
import { parseGoDuration } from '../text/go-duration.ts'
import type { HookType, WhatIf } from './types.ts'

/** Everything a tick needs that does not change during a run: the Canary's effective values and the what-if. */
export interface SimContext {
  readonly canary: Canary
  readonly analysis: CanaryAnalysis
  readonly whatIf: WhatIf
  readonly strategy: Strategy
  readonly isKubernetes: boolean
  /** analysis.iterations as the strategy code sees it (provider kubernetes forces 10). */
  readonly iterations: number
  readonly maxWeight: number
  readonly threshold: number
  readonly stepWeightPromotion: number
  readonly mirror: boolean
  readonly hasMatch: boolean
  readonly sessionAffinity: boolean
  readonly isTcp: boolean
  /** Session affinity with a primary cookie whose Max-Age comes from an interval Go cannot parse: Go's error. */
  readonly affinityIntervalError: string | undefined
  /** Webhook names by type, in list order; an empty or absent type is `rollout`. */
  readonly hooks: ReadonlyMap<HookType, readonly string[]>
  /** Whether the analysis has anything that can fail: a rollout webhook or a metric. */
  readonly hasChecks: boolean
  /** A metric that fails every analysis (no built-in name, no query, no templateRef), if any. */
  readonly unusableMetric: CanaryMetric | undefined
  readonly names: {
    readonly canary: string
    readonly namespace: string
    readonly target: string
    readonly apex: string
  }
}

const builtinMetrics = new Set(['request-success-rate', 'request-duration'])

function hooksByType(analysis: CanaryAnalysis): Map<HookType, string[]> {
  const byType = new Map<HookType, string[]>()
  for (const webhook of analysis.webhooks ?? []) {
    // Flagger scheduler.go runAnalysis: a webhook without a type runs as a rollout hook.
    const type: HookType = webhook.type === undefined || webhook.type === '' ? 'rollout' : webhook.type
    const list = byType.get(type) ?? []
    list.push(webhook.name ?? '')
    byType.set(type, list)
  }
  return byType
}

/** Builds the run's context from a Canary that has an analysis. */
export function buildSimContext(canary: Canary, analysis: CanaryAnalysis, whatIf: WhatIf): SimContext {
  const hooks = hooksByType(analysis)
  const metrics = analysis.metrics ?? []
  const target = canary.spec?.targetRef?.name ?? ''
  return {
    canary,
    analysis,
    whatIf,
    strategy: deploymentStrategy(canary),
    isKubernetes: effectiveProvider(canary) === 'kubernetes',
    iterations: effectiveIterations(canary),
    maxWeight: maxWeight(analysis),
    threshold: analysisThreshold(analysis),
    stepWeightPromotion: analysis.stepWeightPromotion ?? 0,
    mirror: analysis.mirror === true,
    hasMatch: (analysis.match?.length ?? 0) > 0,
    sessionAffinity: analysis.sessionAffinity !== undefined,
    isTcp: isTcpService(canary),
    affinityIntervalError: analysis.sessionAffinity?.primaryCookieName
      ? goDurationError(analysis.interval ?? '')
      : undefined,
    hooks,
    hasChecks: (hooks.get('rollout')?.length ?? 0) > 0 || metrics.length > 0,
    // Flagger scheduler_metrics.go runMetricChecks: such a metric fails with "no usable metrics template and query".
    unusableMetric: metrics.find((m) => !m.templateRef && !m.query && !builtinMetrics.has(m.name ?? '')),
    names: {
      canary: canary.metadata?.name ?? target,
      namespace: canary.metadata?.namespace ?? 'default',
      target,
      apex: apexName(canary),
    },
  }
}

/** Whether the Canary defines at least one webhook of this type. */
export function hasHook(ctx: SimContext, type: HookType): boolean {
  return (ctx.hooks.get(type)?.length ?? 0) > 0
}

/** The name of the first webhook of this type ('' when none). */
export function firstHookName(ctx: SimContext, type: HookType): string {
  return ctx.hooks.get(type)?.[0] ?? ''
}

// Go time.ParseDuration's error for a string it rejects (undefined when it parses).
function goDurationError(raw: string): string | undefined {
  if (parseGoDuration(raw) !== undefined) return undefined
  const unit = /^[+-]?(?:\d+\.?\d*|\.\d+)([^\d.]+)/.exec(raw)?.[1]
  if (unit !== undefined && !['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h'].includes(unit))
    return `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(raw)}`
  if (/\d$/.test(raw) && raw !== '') return `time: missing unit in duration ${JSON.stringify(raw)}`
  return `time: invalid duration ${JSON.stringify(raw)}`
}
