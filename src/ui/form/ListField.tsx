import { useState } from 'react'
import type { ListNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { insertItem } from '../../store/intents/insert-item.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { removeField } from '../../store/intents/remove-field.ts'
import { setField } from '../../store/intents/set-field.ts'
import { useStudioStore } from '../studio-context.ts'
import { labelOf } from './catalog-lookup.ts'
import { FieldRow, fieldId } from './FieldRow.tsx'
import { MoreEntriesRow } from './MoreEntriesRow.tsx'
import { AddRow, InlineError, RemoveButton } from './RowControls.tsx'
import { formatFieldValue, parseFieldInput, placeholderOf } from './field-values.ts'
import { useDraft } from './use-draft.ts'
import { keyOfNextItem, useItemKeys } from './item-keys.ts'
import { firstHiddenIndex } from './shown-window.ts'
import { useField } from './use-field.ts'
import { useFocusedEntry, useShownWindow } from './use-shown-window.ts'

function ListItem({ node, path, index, value }: { node: ListNode; path: FieldPath; index: number; value: unknown }) {
  const store = useStudioStore()
  const itemPath = [...path, index]
  const { commit } = useField(itemPath)
  const { inputProps, error } = useDraft(formatFieldValue(value), (text, typing) => {
    const input = parseFieldInput(node.items, text)
    return input.ok && 'remove' in input ? 'Use the remove button to delete an item.' : commit(input, typing)
  })
  const name = `${labelOf(path)} item ${index + 1}`
  return (
    <li className="list-field__item" data-path={formatPath(itemPath)}>
      <input aria-label={name} data-path={formatPath(itemPath)} spellCheck={false} autoComplete="off" {...inputProps} />
      <RemoveButton
        label={`Remove ${name}`}
        dataPath={formatPath(itemPath)}
        onRemove={() => removeField(store, itemPath)}
      />
      <InlineError error={error} />
    </li>
  )
}

const noItems: readonly unknown[] = []

/** An editable list of scalars: edit an item in place, remove it, or add one at the end. */
export function ListField({ node, path }: { readonly node: ListNode; readonly path: FieldPath }) {
  const store = useStudioStore()
  const { value } = useField(path)
  const items = Array.isArray(value) ? (value as readonly unknown[]) : noItems
  const itemKeys = useItemKeys(items)
  const keys = itemKeys.keys
  const focused = useFocusedEntry(path)
  const shown = useShownWindow(keys, typeof focused === 'number' ? keys[focused] : undefined)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const add = () => {
    const input = parseFieldInput(node.items, draft)
    if (!input.ok) return setError(input.message)
    if ('remove' in input) return
    // A missing list is created with its first item; an existing one grows at the end.
    const result =
      items.length === 0 ? setField(store, path, [input.value]) : insertItem(store, path, items.length, input.value)
    setError(result.ok ? undefined : result.message)
    if (!result.ok) return
    setDraft('')
    shown.pin(keyOfNextItem(itemKeys))
  }
  if (node.items.kind === 'object' || node.items.kind === 'list' || node.items.kind === 'map')
    return (
      <FieldRow node={node} path={path}>
        <span className="field__summary">
          {items.length === 0 ? 'none' : `${items.length} item${items.length === 1 ? '' : 's'}`} (edit in YAML)
        </span>
      </FieldRow>
    )
  return (
    <FieldRow node={node} path={path} error={error}>
      <ul className="list-field">
        {shown.indexes.map((i) => (
          <ListItem key={keys[i]} node={node} path={path} index={i} value={items[i]} />
        ))}
        <MoreEntriesRow
          hidden={shown.hidden}
          nouns={labelOf(path).toLowerCase()}
          dataPath={formatPath(path)}
          onShowMore={shown.showMore}
          onShowInYaml={() => focusPath(store, [...path, firstHiddenIndex(shown) ?? 0], 'form')}
        />
        <AddRow
          className="list-field__item list-field__add"
          id={fieldId(path)}
          dataPath={formatPath(path)}
          inputLabel={`Add to ${labelOf(path)}`}
          buttonLabel={`Add to ${labelOf(path)}`}
          placeholder={placeholderOf(node.items) || 'add…'}
          value={draft}
          onChange={setDraft}
          onAdd={add}
        />
      </ul>
    </FieldRow>
  )
}
