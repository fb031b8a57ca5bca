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
 * it), else of the one at its index (its name being typed); any other item is new and gets a new key.
 */
export function reconcileItemKeys(previous: ItemKeys, items: readonly unknown[]): ItemKeys {
  const texts = previous.items.map((item) => JSON.stringify(item))
  const free = new Set(previous.keys.keys())
  const keys: (string | undefined)[] = items.map(() => undefined)
  const claim = (i: number, found: number | undefined) => {
    if (found === undefined) return
    keys[i] = previous.keys[found]
    free.delete(found)
  }
  const pass = (matches: (item: unknown, i: number, old: number) => boolean) =>
    items.forEach((item, i) => {
      if (keys[i] !== undefined) return
      // The item's own index first, so equal items keep the order of their keys.
      const order = free.has(i) ? [i, ...free] : [...free]
      claim(
        i,
        order.find((old) => matches(item, i, old)),
      )
    })
  const itemTexts = items.map((item) => JSON.stringify(item))
  pass((_, i, old) => itemTexts[i] === texts[old])
  pass((item, _, old) => nameOf(item) !== undefined && nameOf(item) === nameOf(previous.items[old]))
  pass((_, i, old) => i === old)
  let nextKey = previous.nextKey
  return { items, keys: keys.map((key) => key ?? `item-${nextKey++}`), nextKey }
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
