import type { FieldNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { describedBy, FieldRow, fieldId } from './FieldRow.tsx'
import { formatFieldValue, parseFieldInput, placeholderOf } from './field-values.ts'
import { useDraft } from './use-draft.ts'
import { useField } from './use-field.ts'

/** A text box for a string, number, duration or int-or-string field, committing valid values only. */
export function ScalarField({ node, path }: { readonly node: FieldNode; readonly path: FieldPath }) {
  const { value, commit } = useField(path)
  const { inputProps, error } = useDraft(formatFieldValue(value), (text, typing) =>
    commit(parseFieldInput(node, text), typing),
  )
  const isNumeric = node.kind === 'number'
  return (
    <FieldRow node={node} path={path} error={error}>
      <input
        id={fieldId(path)}
        data-path={formatPath(path)}
        type="text"
        inputMode={isNumeric ? 'decimal' : undefined}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholderOf(node)}
        aria-describedby={describedBy(path)}
        {...inputProps}
      />
    </FieldRow>
  )
}
