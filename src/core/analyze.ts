import type { Canary } from './catalog/canary-fields.ts'
import type { Diagnostic } from './diagnostic.ts'
import type { ParsedFile, ParseStatus } from './document/types.ts'
import { parseDocument } from './interim-document.ts'

/**
 * Everything derived from the text, computed in one pass so views never see stages out of step. Later stages
 * (validate, simulate, generate) add fields here, each memoised on its own input.
 */
export interface Analysis {
  readonly text: string
  readonly status: ParseStatus
  readonly parsed: ParsedFile
  /** The Canary as the text says now; undefined unless status is 'ok'. */
  readonly canary: Canary | undefined
  /** The latest Canary that parsed: what the form and diagram show while the text is broken. */
  readonly lastGoodCanary: Canary | undefined
  /** A stable key of `canary` (its JSON) that later stages memoise on: a comment edit changes nothing below. */
  readonly canaryKey: string
  readonly diagnostics: readonly Diagnostic[]
}

/** Analyses `text`; stages whose input did not change since `previous` are reused, not recomputed. */
export function analyzeText(text: string, previous?: Analysis): Analysis {
  if (previous !== undefined && previous.text === text) return previous
  const parsed = parseDocument(text)
  const canary = parsed.status === 'ok' ? parsed.canary : undefined
  const canaryKey = canary === undefined ? '' : JSON.stringify(canary)
  const isSameCanary = previous !== undefined && canary !== undefined && previous.canaryKey === canaryKey
  // Keep the previous object when only comments or layout changed, so selectors on it do not re-render.
  const stableCanary = isSameCanary ? previous.canary : canary
  // Stages over the Canary go here, reused when isSameCanary: `timeline: isSameCanary ? previous.timeline : …`.
  return {
    text,
    status: parsed.status,
    parsed,
    canary: stableCanary,
    lastGoodCanary: stableCanary ?? (parsed.status === 'invalid' ? previous?.lastGoodCanary : undefined),
    canaryKey,
    diagnostics: parsed.diagnostics,
  }
}
