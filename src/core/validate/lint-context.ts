import type { Canary } from '../catalog/canary-fields.ts'
import type { ProviderName } from '../catalog/dsl.ts'
import { deploymentStrategy, type Strategy } from '../model/effective.ts'
import type { LintContext } from './lint-rule.ts'

/** Builds the context rules read: spec parts defaulted to empty objects, and the provider Flagger would use. */
export function createLintContext(
  canary: Canary,
  raw: unknown,
  meshProvider?: ProviderName,
  documents: readonly unknown[] = [],
): LintContext {
  const spec = canary.spec ?? {}
  const explicit = spec.provider
  return {
    canary,
    raw,
    spec,
    analysis: spec.analysis ?? {},
    service: spec.service ?? {},
    provider: explicit ?? meshProvider ?? 'istio',
    isProviderExplicit: explicit !== undefined,
    documents,
  }
}

/** The strategy Flagger picks (Canary.DeploymentStrategy) under the context's provider. */
export function strategyOf(ctx: LintContext): Strategy {
  return deploymentStrategy({ ...ctx.canary, spec: { ...ctx.spec, provider: ctx.provider } })
}
