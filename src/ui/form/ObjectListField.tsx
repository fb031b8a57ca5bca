import { memo, useEffect, useRef, useState, type MouseEvent } from 'react'
import type { ListNode, ObjectNode } from '../../core/catalog/dsl.ts'
import { formatPath, isPathWithin, type FieldPath } from '../../core/diagnostic.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { insertItem } from '../../store/intents/insert-item.ts'
import { moveItem } from '../../store/intents/move-item.ts'
import { removeField } from '../../store/intents/remove-field.ts'
import { setField } from '../../store/intents/set-field.ts'
import { selectShownData } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { labelOf, valueAt } from './catalog-lookup.ts'
import { FieldGroupBody } from './FieldGroupBody.tsx'
import { docOf } from './FieldRow.tsx'
import { FieldProblems } from './FieldProblems.tsx'
import { AddItemButton } from './AddItemButton.tsx'
import { keyOfNextItem, useItemKeys } from './item-keys.ts'
import { LazyDetails } from './LazyDetails.tsx'
import { MoreEntriesRow } from './MoreEntriesRow.tsx'
import { newItemValue, singular } from './new-item.ts'
import { firstHiddenIndex } from './shown-window.ts'
import { useFocusedEntry, useShownWindow } from './use-shown-window.ts'

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
  /** Just added from the form: opened, with the keyboard in its first box. */
  readonly isNew: boolean
  /** The card's row key, and how to keep it rendered when a move takes it past the cards shown. */
  readonly itemKey: string
  readonly keepShown: (key: string) => void
}

const ItemCard = memo(function ItemCard({ node, path, index, count, title, isNew, itemKey, keepShown }: CardProps) {
  const store = useStudioStore()
  const itemPath = [...path, index]
  const row = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (isNew) row.current?.querySelector<HTMLElement>('.card__body input, .card__body select')?.focus()
  }, [isNew])
  // The buttons sit beside the summary, not in it (no nested controls), drawn over its right end.
  const act = (run: () => unknown) => (e: MouseEvent) => {
    e.preventDefault()
    run()
  }
  const move = (to: number) => {
    moveItem(store, path, index, to)
    keepShown(itemKey)
  }
  return (
    <div className="card-row" ref={row}>
      <LazyDetails
        className="card"
        initiallyOpen={isNew}
        dataPath={formatPath(itemPath)}
        holds={(focused) => isPathWithin(focused, itemPath)}
        summary={
          <summary className="card__header" data-path={formatPath(itemPath)}>
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
          data-path={formatPath(itemPath)}
          aria-label={`Move ${title} up`}
          title="Move up"
          disabled={index === 0}
          onClick={act(() => move(index - 1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          data-path={formatPath(itemPath)}
          aria-label={`Move ${title} down`}
          title="Move down"
          disabled={index === count - 1}
          onClick={act(() => move(index + 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          data-path={formatPath(itemPath)}
          aria-label={`Remove ${title}`}
          title="Remove"
          onClick={act(() => removeField(store, itemPath))}
        >
          ×
        </button>
      </span>
    </div>
  )
}, isSameCard)

/** Cards re-render only when what they show changes, not on every edit elsewhere in the list (itemKey is the row's
 * React key and keepShown is stable, so neither changes for a mounted card). */
function isSameCard(a: CardProps, b: CardProps): boolean {
  return (
    a.node === b.node &&
    a.index === b.index &&
    a.count === b.count &&
    a.title === b.title &&
    a.isNew === b.isNew &&
    formatPath(a.path) === formatPath(b.path)
  )
}

const noItems: readonly unknown[] = []

/** A name for a new item that no item of the list has yet: "webhook-3", "metric-2". */
function freshName(noun: string, items: readonly unknown[]): string {
  const taken = new Set(items.map((item, i) => titleOf(item, noun, i)))
  const base = noun.replace(/ /g, '-')
  let n = items.length + 1
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** A list of objects (metrics, webhooks, match conditions …) as cards with add, remove and move up/down. */
export function ObjectListField({ node, path }: { readonly node: ListNode<ObjectNode>; readonly path: FieldPath }) {
  const store = useStudioStore()
  const noun = singular(labelOf(path))
  // The rows are the document's items, re-read after every edit: a row never outlives its item.
  const items = useStudio((s) => {
    const value = valueAt(selectShownData(s), path)
    return Array.isArray(value) ? (value as readonly unknown[]) : noItems
  })
  const itemKeys = useItemKeys(items)
  const keys = itemKeys.keys
  const focused = useFocusedEntry(path)
  // Thousands of webhooks render their first cards only; the one added and one revealed elsewhere are added.
  const shown = useShownWindow(keys, typeof focused === 'number' ? keys[focused] : undefined)
  // The key of the card the person just added, so that card (and only it) opens with the keyboard in it.
  const [addedKey, setAddedKey] = useState<string | undefined>(undefined)
  const add = (extra: Record<string, unknown> = {}) => {
    const item = { ...(newItemValue(node.items, freshName(noun, items)) as object), ...extra }
    const result = items.length === 0 ? setField(store, path, [item]) : insertItem(store, path, items.length, item)
    if (!result.ok) return
    setAddedKey(keyOfNextItem(itemKeys))
    shown.pin(keyOfNextItem(itemKeys))
  }
  return (
    <div className="object-list" data-path={formatPath(path)}>
      <div className="object-list__header">
        <span className="object-list__label" title={docOf(path) || undefined}>
          {labelOf(path)}
        </span>
        <span className="object-list__count">{items.length === 0 ? 'none' : items.length}</span>
        <AddItemButton node={node.items} noun={noun} dataPath={formatPath(path)} onAdd={add} />
      </div>
      <FieldProblems path={path} />
      {shown.indexes.map((i) => (
        <ItemCard
          key={keys[i]}
          node={node.items}
          path={path}
          index={i}
          count={items.length}
          title={titleOf(items[i], noun, i)}
          isNew={keys[i] === addedKey}
          itemKey={keys[i] ?? ''}
          keepShown={shown.pin}
        />
      ))}
      <MoreEntriesRow
        as="div"
        hidden={shown.hidden}
        nouns={labelOf(path).toLowerCase()}
        dataPath={formatPath(path)}
        onShowMore={shown.showMore}
        onShowInYaml={() => focusPath(store, [...path, firstHiddenIndex(shown) ?? 0], 'form')}
      />
    </div>
  )
}
