import type { Canary } from '../catalog/canary-fields.ts'
import type { ProviderName } from '../catalog/dsl.ts'
import type { Diagnostic } from '../diagnostic.ts'
import type { ParsedFile } from '../document/types.ts'
import { lintGateways } from '../gateway/gateway-lint.ts'
import { readIstioGateways, type IstioGateway } from '../gateway/istio-gateway.ts'
import { validateCanary } from './validate-canary.ts'

/** What lintFile reads: a parsed file, its chosen Canary, and (when the caller already has them) its Gateways. */
export interface LintFileInput {
  readonly parsed: ParsedFile
  readonly canary: Canary
  /** The file's Istio Gateways; read from `parsed` when absent. */
  readonly gateways?: readonly IstioGateway[]
  /** Flagger's -mesh-provider, used when spec.provider is unset (default istio). */
  readonly provider?: ProviderName
}

/**
 * Every check on a file's chosen Canary (admission, lint rules, the Gateways and other documents beside it), by
 * path and without ranges. The one lint both the app (analyzeText) and the CLI `lint` run, so they cannot disagree.
 * Values of the wrong type are left out: the parser reports them.
 */
export function lintFile(input: LintFileInput): Diagnostic[] {
  const { parsed, canary } = input
  const documents = parsed.documents.filter((_, i) => i !== parsed.canaryIndex).map((d) => d.data)
  const findings = validateCanary({
    canary,
    raw: parsed.documents[parsed.canaryIndex]?.data,
    includeTypeErrors: false,
    documents,
    ...(input.provider ? { provider: input.provider } : {}),
  })
  return [...findings, ...lintGateways(canary, input.gateways ?? readIstioGateways(parsed.documents))]
}

/** Whether every document but the Canary is the same object in both parses (structure shared: unchanged). */
export function hasSameOtherDocuments(parsed: ParsedFile, previous: ParsedFile): boolean {
  if (parsed.documents.length !== previous.documents.length) return false
  return parsed.documents.every((doc, i) => i === parsed.canaryIndex || doc.data === previous.documents[i]?.data)
}
