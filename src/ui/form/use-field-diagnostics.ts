import { formatPath, type Diagnostic, type FieldPath } from '../../core/diagnostic.ts'
import { useStudio } from '../studio-context.ts'

const none: readonly Diagnostic[] = []
const indexes = new WeakMap<readonly Diagnostic[], Map<string, Diagnostic[]>>()

/** The diagnostics grouped by formatted path, built once per analysis so each field's lookup is a map read. */
function indexOf(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  let index = indexes.get(diagnostics)
  if (index) return index
  index = new Map()
  for (const d of diagnostics) {
    if (!d.path) continue
    const key = formatPath(d.path)
    index.set(key, [...(index.get(key) ?? []), d])
  }
  indexes.set(diagnostics, index)
  return index
}

/** The diagnostics about exactly the field whose formatted path is `key` (a map read once the index is built). */
export const diagnosticsAt = (diagnostics: readonly Diagnostic[], key: string): readonly Diagnostic[] =>
  indexOf(diagnostics).get(key) ?? none

/** The diagnostics about exactly the field at `path` (the same ones Monaco shows as markers). */
export function useFieldDiagnostics(path: FieldPath): readonly Diagnostic[] {
  const key = formatPath(path)
  return useStudio((s) => diagnosticsAt(s.analysis.diagnostics, key))
}
