import type { Canary } from '../catalog/canary-fields.ts'
import { canaryNode } from '../catalog/canary-fields.ts'
import type { ProviderName } from '../catalog/dsl.ts'
import { readTyped } from '../catalog/read-typed.ts'
import type { Diagnostic } from '../diagnostic.ts'
import { readAlignedCanary } from './aligned-view.ts'
import { createLintContext } from './lint-context.ts'
import { lintRules } from './rule-registry.ts'
import { schemaDiagnostics } from './schema-diagnostics.ts'

/** What validateCanary reads: the typed view, the raw data it came from, and Flagger's -mesh-provider if known. */
export interface ValidateInput {
  /** The parser's typed view; used as is only when `raw` is not a mapping (rules read an index-aligned view of raw). */
  readonly canary: Canary
  readonly raw: unknown
  /** The -mesh-provider Flagger runs with, used when spec.provider is unset (default istio). */
  readonly provider?: ProviderName
  /** Also report values of the wrong type (`schema-type`); off when the parser already reported them. */
  readonly includeTypeErrors?: boolean
  /** The file's other documents (plain data), for rules that read beside the Canary. */
  readonly documents?: readonly unknown[]
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const

/** Schema (admission) diagnostics, then every lint rule's findings; never throws, sorted errors first. */
export function validateCanary(input: ValidateInput): Diagnostic[] {
  const out: Diagnostic[] = []
  if (input.includeTypeErrors ?? true) out.push(...readTyped(canaryNode, input.raw).typeErrors)
  out.push(...schemaDiagnostics(input.raw))
  const canary = typeof input.raw === 'object' && input.raw !== null ? readAlignedCanary(input.raw) : input.canary
  const ctx = createLintContext(canary, input.raw, input.provider, input.documents)
  for (const rule of lintRules) {
    try {
      out.push(...rule.check(ctx))
    } catch (err) {
      // A rule bug must not hide the other diagnostics: report it as data, like every other problem.
      out.push({ severity: 'info', rule: rule.id, message: `Internal: rule ${rule.id} failed (${String(err)}).` })
    }
  }
  return out
    .map((d, i) => ({ d, i }))
    .sort((a, b) => severityOrder[a.d.severity] - severityOrder[b.d.severity] || a.i - b.i)
    .map((x) => x.d)
}

/** Convenience for callers holding only plain data (CLI, tests): reads the typed view, then validates. */
export function validateRawCanary(raw: unknown, provider?: ProviderName, documents?: readonly unknown[]): Diagnostic[] {
  const canary = readTyped<Canary>(canaryNode, raw).value ?? {}
  return validateCanary({ canary, raw, ...(provider ? { provider } : {}), ...(documents ? { documents } : {}) })
}
