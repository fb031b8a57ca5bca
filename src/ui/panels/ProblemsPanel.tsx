import { formatPath, type Diagnostic, type Severity } from '../../core/diagnostic.ts'
import { applyFix } from '../../store/intents/apply-fix.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { selectDiagnostics, selectIsReadOnly } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import './problems.css'

const groups: readonly { readonly severity: Severity; readonly title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Info' },
]

function where(d: Diagnostic): string {
  const at = d.range ? `${d.range.start.line}:${d.range.start.column}` : ''
  const path = d.path ? formatPath(d.path) : ''
  return [at, path].filter(Boolean).join('  ')
}

function Problem({ diagnostic: d }: { readonly diagnostic: Diagnostic }) {
  const store = useStudioStore()
  const isReadOnly = useStudio(selectIsReadOnly)
  return (
    <li className={`problem problem--${d.severity}`}>
      <button
        type="button"
        className="problem__main"
        disabled={!d.path && !d.range}
        title={d.path ? 'Show in the editor and the form' : d.range ? 'Put the editor cursor here' : undefined}
        onClick={() => {
          if (d.path) focusPath(store, d.path, 'panel')
          else if (d.range) focusPath(store, [], 'panel', d.range.start)
        }}
      >
        <span className="problem__severity" aria-label={d.severity} />
        <span className="problem__message" title={d.message}>
          {d.message}
        </span>
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
  )
}

/** Every diagnostic of the analysis, errors first; choosing one shows its field in the editor and the form. */
export default function ProblemsPanel() {
  const diagnostics = useStudio(selectDiagnostics)
  if (diagnostics.length === 0) return <p className="panel__empty">No problems found.</p>
  return (
    <div className="problem-groups">
      {groups.map(({ severity, title }) => {
        const shown = diagnostics.filter((d) => d.severity === severity)
        if (shown.length === 0) return null
        return (
          <section key={severity} className="problem-group" aria-label={title}>
            <h3 className={`problem-group__title problem--${severity}`}>
              <span className="problem__severity" aria-hidden="true" />
              {title}
              <span className="problem-group__count">{shown.length}</span>
            </h3>
            <ul className="problems">
              {shown.map((d, i) => (
                <Problem key={`${i}:${d.rule}`} diagnostic={d} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
