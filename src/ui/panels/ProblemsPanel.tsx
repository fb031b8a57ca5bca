import { formatPath, type Diagnostic } from '../../core/diagnostic.ts'
import { applyFix } from '../../store/intents/apply-fix.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { selectDiagnostics, selectIsReadOnly } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'

function where(d: Diagnostic): string {
  const at = d.range ? `${d.range.start.line}:${d.range.start.column}` : ''
  const path = d.path ? formatPath(d.path) : ''
  return [at, path].filter(Boolean).join('  ')
}

/** Every diagnostic of the analysis; choosing one with a path focuses that field everywhere. */
export default function ProblemsPanel() {
  const store = useStudioStore()
  const diagnostics = useStudio(selectDiagnostics)
  const isReadOnly = useStudio(selectIsReadOnly)
  if (diagnostics.length === 0) return <p className="panel__empty">No problems found.</p>
  return (
    <ul className="problems">
      {diagnostics.map((d, i) => (
        <li key={`${i}:${d.rule}`} className={`problem problem--${d.severity}`}>
          <button
            type="button"
            className="problem__main"
            disabled={!d.path}
            onClick={() => d.path && focusPath(store, d.path, 'panel')}
          >
            <span className="problem__severity" aria-label={d.severity} />
            <span className="problem__message">{d.message}</span>
            <span className="problem__where">{where(d)}</span>
            <span className="problem__rule">{d.rule}</span>
          </button>
          {(d.fixes ?? []).map((fix) => (
            <button
              key={fix.title}
              type="button"
              className="problem__fix"
              disabled={isReadOnly && fix.kind !== 'replace-text'}
              onClick={() => applyFix(store, fix)}
            >
              {fix.title}
            </button>
          ))}
        </li>
      ))}
    </ul>
  )
}
