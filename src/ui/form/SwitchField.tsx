import type { BooleanNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { describedBy, FieldRow, fieldId } from './FieldRow.tsx'
import { useField } from './use-field.ts'

/** A boolean as a switch showing the effective value; "default" marks an unset field, and reset unsets it. */
export function SwitchField({ node, path }: { readonly node: BooleanNode; readonly path: FieldPath }) {
  const { value, commit } = useField(path)
  const isSet = typeof value === 'boolean'
  const on = isSet ? value : node.default === true
  return (
    <FieldRow node={node} path={path}>
      <div className="switch-row">
        <button
          id={fieldId(path)}
          data-path={formatPath(path)}
          type="button"
          role="switch"
          aria-checked={on}
          className="switch"
          aria-describedby={describedBy(path)}
          onClick={() => commit({ ok: true, value: !on })}
        >
          <span className="switch__thumb" />
        </button>
        <span className="switch-row__state">
          {on ? 'on' : 'off'}
          {!isSet && ' (default)'}
        </span>
        {isSet && (
          <button
            type="button"
            className="link-button"
            data-path={formatPath(path)}
            onClick={() => commit({ ok: true, remove: true })}
          >
            use default
          </button>
        )}
      </div>
    </FieldRow>
  )
}
