import type { Canary, CanaryAnalysis, CanaryService, CanarySpec } from '../catalog/canary-fields.ts'
import type { ProviderName } from '../catalog/dsl.ts'
import type { Diagnostic, FieldPath, QuickFix, Severity } from '../diagnostic.ts'

/** What every lint rule sees: the typed Canary, its raw data, and the provider Flagger would use. */
export interface LintContext {
  readonly canary: Canary
  /** The plain data as parsed (keeps values the typed view dropped, e.g. unknown keys). */
  readonly raw: unknown
  readonly spec: CanarySpec
  readonly analysis: CanaryAnalysis
  readonly service: CanaryService
  /** spec.provider, else the caller's -mesh-provider, else istio. */
  readonly provider: ProviderName
  /** Whether `provider` comes from spec.provider (else it is Flagger's -mesh-provider flag). */
  readonly isProviderExplicit: boolean
  /** The file's other documents as plain data (the Canary's own among them or not); empty when unknown. */
  readonly documents: readonly unknown[]
}

/** One semantic check, named by its id; one file per rule under ./rules. */
export interface LintRule {
  readonly id: string
  /** The severity of its findings (a rule may lower it for a milder variant). */
  readonly severity: Severity
  /** One sentence for the rule list in docs and UI. */
  readonly summary: string
  /** The flagger-semantics.md section (or CRD) the rule follows. */
  readonly source: string
  readonly check: (ctx: LintContext) => Diagnostic[]
}

/** Builds a diagnostic of `rule` at `path`, with optional quick fixes and a severity override. */
export function report(
  rule: Pick<LintRule, 'id' | 'severity'>,
  path: FieldPath,
  message: string,
  options: { fixes?: readonly QuickFix[]; severity?: Severity } = {},
): Diagnostic {
  return {
    severity: options.severity ?? rule.severity,
    rule: rule.id,
    message,
    path,
    ...(options.fixes && options.fixes.length > 0 ? { fixes: options.fixes } : {}),
  }
}

/** A description of the provider for messages: `istio` or `istio (spec.provider unset: Flagger's -mesh-provider)`. */
export function providerPhrase(ctx: LintContext): string {
  return ctx.isProviderExplicit
    ? `provider ${ctx.provider}`
    : `provider ${ctx.provider} (spec.provider is unset, so Flagger uses its -mesh-provider flag)`
}

/** Whether the raw document has a non-null value at `path` (CRD rules go by key presence, whatever the value). */
export function hasRawValue(ctx: LintContext, path: FieldPath): boolean {
  let at: unknown = ctx.raw
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return false
    at = (at as Record<string | number, unknown>)[key]
  }
  return at !== undefined && at !== null
}
