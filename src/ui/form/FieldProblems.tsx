import type { Diagnostic, FieldPath } from '../../core/diagnostic.ts'
import { useFieldDiagnostics } from './use-field-diagnostics.ts'

interface FieldProblemsProps {
  readonly path: FieldPath
  /** One the field already shows as its error line, so it is not listed a second time. */
  readonly shownElsewhere?: Diagnostic | undefined
}

/** The analysis diagnostics about one field, beside it (the same ones the editor marks). */
export function FieldProblems({ path, shownElsewhere }: FieldProblemsProps) {
  const diagnostics = useFieldDiagnostics(path).filter((d) => d !== shownElsewhere)
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
