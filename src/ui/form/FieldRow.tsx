import type { ReactNode } from 'react'
import type { FieldNode } from '../../core/catalog/dsl.ts'
import { formatPath, type Diagnostic, type FieldPath } from '../../core/diagnostic.ts'
import { fieldAt } from '../../core/catalog/field-docs.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { labelOf } from './catalog-lookup.ts'
import { FieldProblems } from './FieldProblems.tsx'
import { diagnosticsAt } from './use-field-diagnostics.ts'

/** A stable DOM id for the control of the field at `path`. */
export const fieldId = (path: FieldPath): string => `field-${formatPath(path).replace(/[^A-Za-z0-9_-]/g, '_')}`

interface FieldRowProps {
  readonly node: FieldNode
  readonly path: FieldPath
  readonly error?: string | undefined
  readonly children: ReactNode
}

/** Label, control, the field's doc (a popover on hover and while focused), its input error and its diagnostics. */
export function FieldRow({ node, path, error, children }: FieldRowProps) {
  const store = useStudioStore()
  const id = fieldId(path)
  const doc = docOf(path)
  const key = formatPath(path)
  const problem = useStudio((s) => fieldProblem(s.analysis.diagnostics, key))
  const shownError = error ?? problem?.message
  const unit = node.kind === 'number' && node.unit ? unitLabel[node.unit] : undefined
  return (
    <div
      className="field"
      data-path={key}
      onFocus={() => focusPath(store, path, 'form')}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) focusPath(store, undefined, 'form')
      }}
    >
      <label className="field__label" htmlFor={id}>
        {labelOf(path)}
        {unit && <span className="field__unit">{unit}</span>}
      </label>
      <div className="field__control">{children}</div>
      {doc && (
        <p className="field__doc" id={`${id}-doc`} role="tooltip">
          {doc}
        </p>
      )}
      {shownError && (
        <p className="field__error" id={`${id}-error`} role={error ? 'alert' : undefined}>
          {shownError}
        </p>
      )}
      <FieldProblems path={path} shownElsewhere={error === undefined ? problem : undefined} />
    </div>
  )
}

const unitLabel = { percent: '%', seconds: 's', port: '', count: '', milliseconds: 'ms' } as const

/** The first error the analysis reports on exactly this field: the field's error line. */
function fieldProblem(diagnostics: readonly Diagnostic[], key: string): Diagnostic | undefined {
  return diagnosticsAt(diagnostics, key).find((d) => d.severity === 'error')
}

/** The catalog's explanation of the field (list items and map values inherit their collection's). */
export const docOf = (path: FieldPath): string => fieldAt(path)?.doc ?? ''

/** aria-describedby for a field's control: its doc and its error line (an id that is absent is ignored). */
export function describedBy(path: FieldPath): string {
  const id = fieldId(path)
  return docOf(path) ? `${id}-doc ${id}-error` : `${id}-error`
}
