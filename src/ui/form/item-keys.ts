import { useState } from 'react'

/** The React keys of a list's rows, with the items they were given for and the next unused key number. */
export interface ItemKeys {
  readonly items: readonly unknown[]
  readonly keys: readonly string[]
  readonly nextKey: number
}

/** Fresh keys for a list seen for the first time. */
export function firstItemKeys(items: readonly unknown[]): ItemKeys {
  return { items, keys: items.map((_, i) => `item-${i}`), nextKey: items.length }
}

const nameOf = (item: unknown): unknown =>
  item !== null && typeof item === 'object' ? (item as Record<string, unknown>).name : undefined

/**
 * Carries each row's key over to the item it became after an edit, so a row (its open card, its focused box) keeps
 * its identity when items move, are removed or are inserted before it. An item keeps the key of the previous item
 * that is equal to it (a move, a removal or an insertion elsewhere), else of the one with its name (an edit inside
 * it), else of the one at its index (its name being typed); any other item is new and gets a new key. Each pass
 * tries the item's own index first (so equal items keep the order of their keys), then the first free previous item
 * that matches; lookups go through an index so a list of thousands of items costs linear time, not quadratic.
 */
export function reconcileItemKeys(previous: ItemKeys, items: readonly unknown[]): ItemKeys {
  const keys: (string | undefined)[] = items.map(() => undefined)
  const isFree = previous.keys.map(() => true)
  const claim = (i: number, old: number) => {
    keys[i] = previous.keys[old]
    isFree[old] = false
  }
  const pass = (identify: (item: unknown) => unknown) => {
    const oldIds = previous.items.map(identify)
    const byId = indexesById(oldIds)
    items.forEach((item, i) => {
      if (keys[i] !== undefined) return
      const id = identify(item)
      if (id === undefined) return
      if (isFree[i] && oldIds[i] === id) return claim(i, i)
      const queue = byId.get(id)
      if (!queue) return
      // Claimed indexes never become free again, so the queue's cursor only moves forward.
      while (queue.at < queue.indexes.length && !isFree[queue.indexes[queue.at] ?? -1]) queue.at++
      const found = queue.indexes[queue.at]
      if (found !== undefined) claim(i, found)
    })
  }
  pass((item) => JSON.stringify(item) ?? 'undefined')
  pass(nameOf)
  items.forEach((_, i) => {
    if (keys[i] === undefined && isFree[i]) claim(i, i)
  })
  let nextKey = previous.nextKey
  return { items, keys: keys.map((key) => key ?? `item-${nextKey++}`), nextKey }
}

/** For each id (NaN never equals itself, so it has none), its indexes in ascending order and a cursor into them. */
function indexesById(ids: readonly unknown[]): Map<unknown, { indexes: number[]; at: number }> {
  const byId = new Map<unknown, { indexes: number[]; at: number }>()
  ids.forEach((id, i) => {
    if (id === undefined || id !== id) return
    const queue = byId.get(id)
    if (queue) queue.indexes.push(i)
    else byId.set(id, { indexes: [i], at: 0 })
  })
  return byId
}

/** Stable React keys for the rows of `items`, following each item across edits (see reconcileItemKeys). */
export function useItemKeys(items: readonly unknown[]): ItemKeys {
  const [state, setState] = useState(() => firstItemKeys(items))
  if (state.items === items) return state
  // Derived from the previous render's keys: React's pattern for state that follows a prop.
  const next = reconcileItemKeys(state, items)
  setState(next)
  return next
}

/** The key the next new item (one equal to no item now) will get. */
export const keyOfNextItem = (keys: ItemKeys): string => `item-${keys.nextKey}`
