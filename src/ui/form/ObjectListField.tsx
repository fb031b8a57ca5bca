import type { MouseEvent } from 'react'
import type { ListNode, ObjectNode } from '../../core/catalog/dsl.ts'
import { formatPath, isPathWithin, type FieldPath } from '../../core/diagnostic.ts'
import { insertItem } from '../../store/intents/insert-item.ts'
import { moveItem } from '../../store/intents/move-item.ts'
import { removeField } from '../../store/intents/remove-field.ts'
import { setField } from '../../store/intents/set-field.ts'
import { selectShownCanary } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { labelOf, valueAt } from './catalog-lookup.ts'
import { FieldGroupBody } from './FieldGroupBody.tsx'
import { docOf } from './FieldRow.tsx'
import { FieldProblems } from './FieldProblems.tsx'
import { LazyDetails } from './LazyDetails.tsx'
import { newItemValue, singular } from './new-item.ts'

const separator = '\u0000'

/** A card's title: the item's name (or cookie name), else "<item> <n>". */
function titleOf(item: unknown, noun: string, index: number): string {
  if (item !== null && typeof item === 'object') {
    const named = (item as Record<string, unknown>).name ?? (item as Record<string, unknown>).cookieName
    if (typeof named === 'string' && named !== '') return named
  }
  return `${noun} ${index + 1}`
}

interface CardProps {
  readonly node: ObjectNode
  readonly path: FieldPath
  readonly index: number
  readonly count: number
  readonly title: string
}

function ItemCard({ node, path, index, count, title }: CardProps) {
  const store = useStudioStore()
  const itemPath = [...path, index]
  // The buttons sit beside the summary, not in it (no nested controls), drawn over its right end.
  const act = (run: () => unknown) => (e: MouseEvent) => {
    e.preventDefault()
    run()
  }
  return (
    <div className="card-row">
      <LazyDetails
        className="card"
        dataPath={formatPath(itemPath)}
        holds={(focused) => isPathWithin(focused, itemPath)}
        summary={
          <summary className="card__header">
            <span className="card__title">{title}</span>
          </summary>
        }
      >
        <div className="card__body">
          <FieldProblems path={itemPath} />
          <FieldGroupBody fields={Object.entries(node.fields)} parent={itemPath} />
        </div>
      </LazyDetails>
      <span className="card__actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${title} up`}
          title="Move up"
          disabled={index === 0}
          onClick={act(() => moveItem(store, path, index, index - 1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${title} down`}
          title="Move down"
          disabled={index === count - 1}
          onClick={act(() => moveItem(store, path, index, index + 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove ${title}`}
          title="Remove"
          onClick={act(() => removeField(store, itemPath))}
        >
          ×
        </button>
      </span>
    </div>
  )
}

/** A list of objects (metrics, webhooks, match conditions …) as cards with add, remove and move up/down. */
export function ObjectListField({ node, path }: { readonly node: ListNode<ObjectNode>; readonly path: FieldPath }) {
  const store = useStudioStore()
  const noun = singular(labelOf(path))
  // Subscribe to the titles only: editing inside a card re-renders that field, not the whole list.
  const titles = useStudio((s) => {
    const value = valueAt(selectShownCanary(s), path)
    return Array.isArray(value) ? value.map((item, i) => titleOf(item, noun, i)).join(separator) : undefined
  })
  const items = titles === undefined ? [] : titles.split(separator)
  const add = () => {
    const item = newItemValue(node.items, `${noun.replace(/ /g, '-')}-${items.length + 1}`)
    if (items.length === 0) setField(store, path, [item])
    else insertItem(store, path, items.length, item)
  }
  return (
    <div className="object-list" data-path={formatPath(path)}>
      <div className="object-list__header">
        <span className="object-list__label" title={docOf(path) || undefined}>
          {labelOf(path)}
        </span>
        <span className="object-list__count">{items.length === 0 ? 'none' : items.length}</span>
        <button type="button" className="text-button" onClick={add}>
          + Add {noun}
        </button>
      </div>
      <FieldProblems path={path} />
      {items.map((title, i) => (
        <ItemCard key={i} node={node.items} path={path} index={i} count={items.length} title={title} />
      ))}
    </div>
  )
}
