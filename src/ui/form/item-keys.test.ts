import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstItemKeys, reconcileItemKeys, type ItemKeys } from './item-keys.ts'

const a = { name: 'a', url: 'http://a/' }
const b = { name: 'b', url: 'http://b/' }
const c = { name: 'c', url: 'http://c/' }

describe('reconcileItemKeys', () => {
  it('keeps each key on its item across a move, a removal and an insertion', () => {
    const first = firstItemKeys([a, b, c])
    expect(reconcileItemKeys(first, [b, a, c]).keys).toEqual(['item-1', 'item-0', 'item-2'])
    expect(reconcileItemKeys(first, [a, c]).keys).toEqual(['item-0', 'item-2'])
    expect(reconcileItemKeys(first, [{ name: 'new' }, a, b, c]).keys).toEqual(['item-3', 'item-0', 'item-1', 'item-2'])
  })

  it('keeps the key of an item edited inside (same name) or being renamed (same index)', () => {
    const first = firstItemKeys([a, b])
    expect(reconcileItemKeys(first, [a, { ...b, url: 'http://changed/' }]).keys).toEqual(['item-0', 'item-1'])
    expect(reconcileItemKeys(first, [{ ...a, name: 'a2' }, b]).keys).toEqual(['item-0', 'item-1'])
  })

  it('never reuses a removed key for a new item', () => {
    const emptied = reconcileItemKeys(firstItemKeys([a]), [])
    expect(emptied.keys).toEqual([])
    expect(reconcileItemKeys(emptied, [b]).keys).toEqual(['item-1'])
  })

  it('gives every item a distinct key after any sequence of lists', () => {
    const item = fc.oneof(fc.constantFrom<unknown>(a, b, c, {}, 'x'), fc.record({ name: fc.constantFrom('a', 'b') }))
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 5 }), { maxLength: 6 }), (lists) => {
        let keys = firstItemKeys([])
        for (const items of lists) {
          keys = reconcileItemKeys(keys, items)
          expect(keys.keys).toHaveLength(items.length)
          expect(new Set(keys.keys).size).toBe(items.length)
        }
      }),
    )
  })
})

/** The first, quadratic version of reconcileItemKeys (a scan of every free previous item per item), kept as the reference. */
function quadraticReference(previous: ItemKeys, items: readonly unknown[]): ItemKeys {
  const nameOf = (item: unknown): unknown =>
    item !== null && typeof item === 'object' ? (item as Record<string, unknown>).name : undefined
  const texts = previous.items.map((item) => JSON.stringify(item))
  const free = new Set(previous.keys.keys())
  const keys: (string | undefined)[] = items.map(() => undefined)
  const pass = (matches: (item: unknown, i: number, old: number) => boolean) =>
    items.forEach((item, i) => {
      if (keys[i] !== undefined) return
      const order = free.has(i) ? [i, ...free] : [...free]
      const found = order.find((old) => matches(item, i, old))
      if (found === undefined) return
      keys[i] = previous.keys[found]
      free.delete(found)
    })
  const itemTexts = items.map((item) => JSON.stringify(item))
  pass((_, i, old) => itemTexts[i] === texts[old])
  pass((item, _, old) => nameOf(item) !== undefined && nameOf(item) === nameOf(previous.items[old]))
  pass((_, i, old) => i === old)
  let nextKey = previous.nextKey
  return { items, keys: keys.map((key) => key ?? `item-${nextKey++}`), nextKey }
}

describe('reconcileItemKeys in linear time', () => {
  it('gives the same keys as the quadratic reference after any sequence of lists', () => {
    const item = fc.oneof(
      fc.constantFrom<unknown>(a, b, c, {}, 'x', null, 1, { name: Number.NaN }, { name: 0 }),
      fc.record({ name: fc.constantFrom('a', 'b', 'c'), url: fc.constantFrom('u', 'v') }),
    )
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 8 }), { maxLength: 8 }), (lists) => {
        let fast = firstItemKeys([])
        let slow = fast
        for (const items of lists) {
          fast = reconcileItemKeys(fast, items)
          slow = quadraticReference(slow, items)
          expect(fast.keys).toEqual(slow.keys)
          expect(fast.nextKey).toBe(slow.nextKey)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('follows 20,000 items moved by an insertion at the front', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ name: `hook-${i}` }))
    const shifted = reconcileItemKeys(firstItemKeys(items), [{ name: 'new' }, ...items])
    expect(shifted.keys.slice(0, 3)).toEqual(['item-20000', 'item-0', 'item-1'])
    expect(shifted.keys.at(-1)).toBe('item-19999')
  })
})
