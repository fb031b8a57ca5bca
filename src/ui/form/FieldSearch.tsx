import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { focusPath } from '../../store/intents/focus-path.ts'
import { selectShownData } from '../../store/selectors.ts'
import { isTextEntry } from '../io/use-global-shortcuts.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { findFields, searchableFields, type SearchableField } from './field-search.ts'

/** "/" anywhere outside a text box puts the keyboard in the field search. */
function useSlashShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return
      if (document.querySelector('dialog[open]')) return
      e.preventDefault()
      input.current?.focus()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [input])
}

const noFields: readonly SearchableField[] = []

/** A search over the form's fields by name, label or path: choosing one opens its group and puts the keyboard in it. */
export function FieldSearch() {
  const store = useStudioStore()
  const data = useStudio(selectShownData)
  const [query, setQuery] = useState('')
  // Built only while a query is typed: with thousands of webhooks the index is a long task, and rebuilding it on
  // every analysis would hold the page for nobody.
  const searching = query.trim() !== ''
  const fields = useMemo(() => (searching ? searchableFields(data) : noFields), [data, searching])
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  useSlashShortcut(input)
  const found = findFields(fields, query)
  const choose = (field: SearchableField | undefined) => {
    if (!field) return
    setQuery('')
    focusPath(store, field.path, 'search')
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : found.length - 1
      setActive((active + step) % Math.max(found.length, 1))
    } else if (e.key === 'Enter') choose(found[active])
    else if (e.key === 'Escape') setQuery('')
  }
  const optionId = (i: number) => `${listId}-${i}`
  return (
    <div className="field-search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Find a field"
        aria-expanded={found.length > 0}
        aria-controls={listId}
        aria-activedescendant={found.length > 0 ? optionId(active) : undefined}
        aria-autocomplete="list"
        placeholder="Find a field… (/)"
        spellCheck={false}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery('')}
      />
      {found.length > 0 && (
        <ul className="field-search__results" role="listbox" id={listId} aria-label="Fields found">
          {found.map((field, i) => (
            <li
              key={field.pathText}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-path={field.pathText}
              className="field-search__result"
              // mousedown, not click: the box's blur would clear the list first.
              onMouseDown={(e) => {
                e.preventDefault()
                choose(field)
              }}
            >
              <span className="field-search__label">{field.label}</span>
              <span className="field-search__path">{field.pathText}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
