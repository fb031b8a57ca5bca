import type { Canary } from '../core/catalog/canary-fields.ts'
import type { Diagnostic } from '../core/diagnostic.ts'
import { canRedo, canUndo } from '../core/history/history.ts'
import type { StudioState } from './studio-state.ts'

/** The Canary views show: the current one, or the last one that parsed while the text is broken. */
export const selectShownCanary = (s: StudioState): Canary | undefined => s.analysis.canary ?? s.analysis.lastGoodCanary

/**
 * The Canary data the form shows: the document as written while it parses (so a wrong-typed value is shown,
 * not hidden), else the last Canary that parsed.
 */
export const selectShownData = (s: StudioState): unknown =>
  s.analysis.status === 'ok'
    ? s.analysis.parsed.documents[s.analysis.parsed.canaryIndex]?.data
    : s.analysis.lastGoodCanary

/** True while the form must not write (the text does not parse or has no Canary). */
export const selectIsReadOnly = (s: StudioState): boolean => s.analysis.status !== 'ok'

/** The first YAML syntax error, which the banner names. */
export const selectSyntaxError = (s: StudioState): Diagnostic | undefined =>
  s.analysis.status === 'invalid' ? s.analysis.diagnostics.find((d) => d.severity === 'error') : undefined

export const selectDiagnostics = (s: StudioState): readonly Diagnostic[] => s.analysis.diagnostics

export const selectCanUndo = (s: StudioState): boolean => canUndo(s.history)
export const selectCanRedo = (s: StudioState): boolean => canRedo(s.history)

/** Counts of problems by severity, for the status strip and the Problems tab. */
export function countProblems(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else if (d.severity === 'warning') warnings++
    else infos++
  }
  return { errors, warnings, infos }
}
