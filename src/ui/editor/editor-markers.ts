import type { Diagnostic } from '../../core/diagnostic.ts'
import type { monaco as Monaco } from './monaco-setup.ts'

type MonacoApi = typeof Monaco

const severityOf = (monaco: MonacoApi, d: Diagnostic) =>
  d.severity === 'error'
    ? monaco.MarkerSeverity.Error
    : d.severity === 'warning'
      ? monaco.MarkerSeverity.Warning
      : monaco.MarkerSeverity.Info

/** Shows the analysis' diagnostics that have a text range as editor markers (monaco-yaml adds its own). */
export function setDiagnosticMarkers(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  diagnostics: readonly Diagnostic[],
): void {
  const markers = diagnostics.flatMap((d) => {
    if (!d.range) return []
    const { start, end } = d.range
    const isEmpty = start.offset === end.offset
    return [
      {
        severity: severityOf(monaco, d),
        message: d.message,
        source: 'Canary Studio',
        code: d.rule,
        startLineNumber: start.line,
        startColumn: start.column,
        endLineNumber: end.line,
        endColumn: isEmpty ? end.column + 1 : end.column,
      },
    ]
  })
  monaco.editor.setModelMarkers(model, 'canary-studio', markers)
}
