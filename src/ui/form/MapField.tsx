import { useState } from 'react'
import type { MapNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { removeField } from '../../store/intents/remove-field.ts'
import { setField } from '../../store/intents/set-field.ts'
import { useStudioStore } from '../studio-context.ts'
import { labelOf } from './catalog-lookup.ts'
import { FieldRow, fieldId } from './FieldRow.tsx'
import { AddRow, InlineError, RemoveButton } from './RowControls.tsx'
import { formatFieldValue, parseFieldInput } from './field-values.ts'
import { StringMatchControl } from './StringMatchField.tsx'
import { useDraft } from './use-draft.ts'
import { useField } from './use-field.ts'

function MapEntry({
  node,
  path,
  entryKey,
  value,
}: {
  node: MapNode
  path: FieldPath
  entryKey: string
  value: unknown
}) {
  const store = useStudioStore()
  const entryPath = [...path, entryKey]
  const { commit } = useField(entryPath)
  const { inputProps, error } = useDraft(formatFieldValue(value), (text, typing) =>
    commit(parseFieldInput(node.values, text), typing),
  )
  return (
    <li className="map-field__entry">
      <span className="map-field__key">{entryKey}</span>
      {node.values.kind === 'object' ? (
        <StringMatchControl node={node.values} path={entryPath} />
      ) : (
        <input
          aria-label={`${labelOf(path)} ${entryKey}`}
          data-path={formatPath(entryPath)}
          spellCheck={false}
          autoComplete="off"
          {...inputProps}
        />
      )}
      <RemoveButton
        label={`Remove ${entryKey}`}
        dataPath={formatPath(entryPath)}
        onRemove={() => removeField(store, entryPath)}
      />
      <InlineError error={error} />
    </li>
  )
}

/** An editable map as key/value rows (labels, annotations, header string matches): edit, remove, add a key. */
export function MapField({ node, path }: { readonly node: MapNode; readonly path: FieldPath }) {
  const store = useStudioStore()
  const { value } = useField(path)
  const entries: [string, unknown][] =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []
  const [key, setKey] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const add = () => {
    const name = key.trim()
    if (name === '') return
    if (entries.some(([k]) => k === name)) return setError(`"${name}" is already set.`)
    // A string match starts as `exact: ""`; a scalar value as an empty string to fill in.
    const initial = node.values.kind === 'object' ? { [Object.keys(node.values.fields)[0] ?? 'exact']: '' } : ''
    const result = setField(
      store,
      [...path, name],
      node.values.kind === 'string' || node.values.kind === 'object' ? initial : null,
    )
    setError(result.ok ? undefined : result.message)
    if (result.ok) setKey('')
  }
  return (
    <FieldRow node={node} path={path} error={error}>
      <ul className="map-field">
        {entries.map(([k, v]) => (
          <MapEntry key={k} node={node} path={path} entryKey={k} value={v} />
        ))}
        <AddRow
          className="map-field__entry map-field__add"
          id={fieldId(path)}
          dataPath={formatPath(path)}
          inputLabel={`New key in ${labelOf(path)}`}
          buttonLabel={`Add key to ${labelOf(path)}`}
          placeholder="new key…"
          value={key}
          onChange={setKey}
          onAdd={add}
        />
      </ul>
    </FieldRow>
  )
}
