import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shareStructure } from './share-structure.ts'

describe('shareStructure', () => {
  it('returns the previous value when the data is equal', () => {
    const previous = { a: [1, { b: 'x' }], c: null }
    expect(shareStructure({ a: [1, { b: 'x' }], c: null }, previous)).toBe(previous)
  })

  it('shares unchanged siblings and replaces the changed path only', () => {
    const previous = { spec: { service: { port: 80 }, analysis: { stepWeight: 10, metrics: [{ name: 'a' }] } } }
    const next = { spec: { service: { port: 80 }, analysis: { stepWeight: 20, metrics: [{ name: 'a' }] } } }
    const shared = shareStructure(next, previous)
    expect(shared).not.toBe(previous)
    expect(shared.spec.service).toBe(previous.spec.service)
    expect(shared.spec.analysis.metrics).toBe(previous.spec.analysis.metrics)
    expect(shared.spec.analysis.stepWeight).toBe(20)
  })

  it('treats a reordered object or a changed array length as changed', () => {
    const previous = { a: 1, b: 2 }
    expect(shareStructure({ b: 2, a: 1 }, previous)).not.toBe(previous)
    const list = [{ x: 1 }]
    const longer = shareStructure([{ x: 1 }, { x: 2 }], list)
    expect(longer).not.toBe(list)
    expect(longer[0]).toBe(list[0])
  })

  it('does not share across kinds (an array is not an object with index keys)', () => {
    const previous = { 0: 'a' }
    expect(shareStructure(['a'], previous)).toEqual(['a'])
    expect(shareStructure({ 0: 'a' }, ['a'])).toEqual({ 0: 'a' })
  })

  it('keeps a `__proto__` key as data', () => {
    const next = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>
    const shared = shareStructure(next, { a: 2 })
    expect(Object.keys(shared)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('always returns data equal to next, whatever the previous value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (next, previous) => {
        expect(shareStructure(next, previous)).toEqual(next)
      }),
    )
  })

  it('returns the previous value itself for an equal copy of it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (previous) => {
        expect(shareStructure(structuredClone(previous), previous)).toBe(previous)
      }),
    )
  })
})
