import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstItemKeys, reconcileItemKeys } from './item-keys.ts'

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
