import { useMemo, useRef, useState, type RefObject } from 'react'
import type { MapNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { removeField } from '../../store/intents/remove-field.ts'
import { setField } from '../../store/intents/set-field.ts'
import { useStudioStore } from '../studio-context.ts'
import { labelOf } from './catalog-lookup.ts'
import { FieldRow, fieldId } from './FieldRow.tsx'
import { MoreEntriesRow } from './MoreEntriesRow.tsx'
import { AddRow, InlineError, RemoveButton } from './RowControls.tsx'
import { formatFieldValue, parseFieldInput } from './field-values.ts'
import { StringMatchControl } from './StringMatchField.tsx'
import { firstHiddenIndex } from './shown-window.ts'
import { useDraft } from './use-draft.ts'
import { useField } from './use-field.ts'
import { useFocusedEntry, useShownWindow } from './use-shown-window.ts'

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
    <li className="map-field__entry" data-path={formatPath(entryPath)}>
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

/** What a new entry of the map starts as: a string match asks for its kind and value, a scalar for its value. */
function NewValueBoxes({ node, path, draft, onChange, onAdd, valueBox }: NewValueProps) {
  const kinds = node.values.kind === 'object' ? Object.keys(node.values.fields) : []
  return (
    <>
      {kinds.length > 0 && (
        <select
          aria-label={`Match kind of the new ${labelOf(path)} entry`}
          data-path={formatPath(path)}
          value={draft.kind}
          onChange={(e) => onChange({ ...draft, kind: e.target.value })}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      )}
      <input
        ref={valueBox}
        aria-label={`Value of the new ${labelOf(path)} entry`}
        data-path={formatPath(path)}
        placeholder={kinds.length > 0 ? 'value to match…' : 'value…'}
        spellCheck={false}
        autoComplete="off"
        value={draft.value}
        onChange={(e) => onChange({ ...draft, value: e.target.value })}
        onKeyDown={(e) => e.key === 'Enter' && onAdd()}
      />
    </>
  )
}

interface NewEntry {
  readonly key: string
  readonly kind: string
  readonly value: string
}

interface NewValueProps {
  readonly node: MapNode
  readonly path: FieldPath
  readonly draft: NewEntry
  readonly onChange: (draft: NewEntry) => void
  readonly onAdd: () => void
  readonly valueBox: RefObject<HTMLInputElement | null>
}

/** The value a new entry is written with, or why it cannot be added yet. */
function newEntryValue(node: MapNode, draft: NewEntry): { value: unknown } | { message: string } {
  if (node.values.kind === 'object') {
    // Flagger copies a header match into the VirtualService as is: an empty exact match would match no request.
    if (draft.value.trim() === '') return { message: 'Enter the value to match.' }
    return { value: { [draft.kind]: draft.value.trim() } }
  }
  if (node.values.kind === 'string') return { value: draft.value }
  return { value: null }
}

const noKeys: readonly string[] = []

const isMap = (value: unknown): value is Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

// Keys only: Object.entries builds a pair per entry, three times the cost of the keys on 100,000 annotations.
const keysOf = (value: unknown): readonly string[] => (isMap(value) ? Object.keys(value) : noKeys)

/** An editable map as key/value rows (labels, annotations, header string matches): edit, remove, add a key. */
export function MapField({ node, path }: { readonly node: MapNode; readonly path: FieldPath }) {
  const store = useStudioStore()
  const { value } = useField(path)
  const keys = useMemo(() => keysOf(value), [value])
  const focused = useFocusedEntry(path)
  // A map of 100,000 annotations renders its first rows only: one row each would freeze the tab for seconds.
  const shown = useShownWindow(keys, typeof focused === 'string' ? focused : undefined)
  const empty: NewEntry = {
    key: '',
    kind: node.values.kind === 'object' ? (Object.keys(node.values.fields)[0] ?? 'exact') : '',
    value: '',
  }
  const [draft, setDraft] = useState(empty)
  const [error, setError] = useState<string | undefined>(undefined)
  const valueBox = useRef<HTMLInputElement>(null)
  const add = () => {
    const name = draft.key.trim()
    if (name === '') return
    if (isMap(value) && Object.hasOwn(value, name)) return setError(`"${name}" is already set.`)
    const entry = newEntryValue(node, draft)
    if ('message' in entry) {
      setError(entry.message)
      return valueBox.current?.focus()
    }
    const result = setField(store, [...path, name], entry.value)
    setError(result.ok ? undefined : result.message)
    if (!result.ok) return
    setDraft(empty)
    shown.pin(name)
  }
  const showInYaml = () => {
    const at = firstHiddenIndex(shown)
    if (at !== undefined) focusPath(store, [...path, keys[at] ?? ''], 'form')
  }
  const hasValueBox = node.values.kind === 'object' || node.values.kind === 'string'
  return (
    <FieldRow node={node} path={path} error={error}>
      <ul className="map-field">
        {shown.indexes.map((i) => {
          const k = keys[i] ?? ''
          return <MapEntry key={k} node={node} path={path} entryKey={k} value={isMap(value) ? value[k] : undefined} />
        })}
        <MoreEntriesRow
          hidden={shown.hidden}
          nouns={labelOf(path).toLowerCase()}
          dataPath={formatPath(path)}
          onShowMore={shown.showMore}
          onShowInYaml={showInYaml}
        />
        <AddRow
          className="map-field__entry map-field__add"
          id={fieldId(path)}
          dataPath={formatPath(path)}
          inputLabel={`New key in ${labelOf(path)}`}
          buttonLabel={`Add key to ${labelOf(path)}`}
          placeholder="new key…"
          value={draft.key}
          onChange={(key) => setDraft({ ...draft, key })}
          onAdd={add}
        >
          {hasValueBox && (
            <NewValueBoxes
              node={node}
              path={path}
              draft={draft}
              onChange={(next) => {
                setDraft(next)
                setError(undefined)
              }}
              onAdd={add}
              valueBox={valueBox}
            />
          )}
        </AddRow>
      </ul>
    </FieldRow>
  )
}
