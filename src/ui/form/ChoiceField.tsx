import type { FieldNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { describedBy, FieldRow, fieldId } from './FieldRow.tsx'
import { formatFieldValue } from './field-values.ts'
import { useField } from './use-field.ts'

const unset = '\u0000unset'

/** A select for an enum string or a boolean; "not set" removes the field so Flagger's default applies. */
export function ChoiceField({ node, path }: { readonly node: FieldNode; readonly path: FieldPath }) {
  const { value, commit } = useField(path)
  const options: readonly (string | boolean)[] =
    node.kind === 'boolean' ? [true, false] : node.kind === 'string' ? (node.enum ?? []) : []
  const current = value === undefined ? unset : formatFieldValue(value)
  // A value the catalog does not list is still shown, so the select never silently changes it.
  const isUnlisted = value !== undefined && !options.some((o) => formatFieldValue(o) === current)
  const defaultNote = node.default !== undefined ? ` (default ${formatFieldValue(node.default)})` : ''
  return (
    <FieldRow node={node} path={path}>
      <select
        id={fieldId(path)}
        data-path={formatPath(path)}
        value={current}
        title={current === unset ? undefined : current}
        aria-describedby={describedBy(path)}
        onChange={(e) => {
          const picked = options.find((o) => formatFieldValue(o) === e.target.value)
          commit(picked === undefined ? { ok: true, remove: true } : { ok: true, value: picked })
        }}
      >
        <option value={unset}>{`not set${defaultNote}`}</option>
        {isUnlisted && <option value={current}>{current}</option>}
        {options.map((o) => (
          <option key={formatFieldValue(o)} value={formatFieldValue(o)}>
            {formatFieldValue(o) === '' ? '"" (empty)' : formatFieldValue(o)}
          </option>
        ))}
      </select>
    </FieldRow>
  )
}
