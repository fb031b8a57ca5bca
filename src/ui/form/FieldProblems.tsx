import type { FieldPath } from '../../core/diagnostic.ts'
import { useFieldDiagnostics } from './use-field-diagnostics.ts'

/** The analysis diagnostics about one field, beside it (the same ones the editor marks). */
export function FieldProblems({ path }: { readonly path: FieldPath }) {
  const diagnostics = useFieldDiagnostics(path)
  if (diagnostics.length === 0) return null
  return (
    <ul className="field__problems">
      {diagnostics.map((d, i) => (
        <li key={`${i}:${d.rule}`} className={`field__problem field__problem--${d.severity}`}>
          {d.message}
        </li>
      ))}
    </ul>
  )
}
