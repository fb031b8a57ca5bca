import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assembleValue, splitValue } from './chunked-transfer.ts'

/** What the receiving thread sees: every part cloned on its own, as postMessage does, then put back together. */
function roundTrip(value: unknown, maxEntries: number): unknown {
  const { skeleton, paths, chunks } = structuredClone(splitValue(value, maxEntries), {})
  const assembly = assembleValue(skeleton, paths)
  for (const chunk of chunks) expect(assembly.add(structuredClone(chunk))).toBe(true)
  return assembly.value
}

describe('splitValue / assembleValue', () => {
  it('gives back any JSON value, key order included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 4 }), (value, max) => {
        const back = roundTrip(value, max)
        expect(back).toEqual(value)
        expect(JSON.stringify(back)).toBe(JSON.stringify(value))
      }),
      { numRuns: 500 },
    )
  })

  it('posts no message with more than maxEntries entries of one collection', () => {
    const annotations = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key-${i}`, 'v']))
    const items = Array.from({ length: 2500 }, (_, i) => ({ name: `hook-${i}`, metadata: { big: annotations } }))
    const { skeleton, paths, chunks } = splitValue({ metadata: { annotations }, items }, 1000)
    expect(paths).toEqual([['metadata', 'annotations'], ['items']])
    expect(JSON.stringify(skeleton)).toBe('{"metadata":{"annotations":{}},"items":[]}')
    for (const chunk of chunks) expect(chunk.entries.length).toBeLessThanOrEqual(2000)
    expect(chunks.filter((c) => c.collection === 0)).toHaveLength(10)
    expect(chunks.filter((c) => c.collection === 1)).toHaveLength(3)
  })

  it('keeps one collection one object wherever it is referenced, large or small', () => {
    const big = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]))
    const small = { name: 'podinfo' }
    const canary = { metadata: { annotations: big, labels: small }, spec: { again: big } }
    const back = roundTrip({ canary, parsed: { canary }, documents: [{ data: canary }], labels: small }, 10) as {
      canary: { metadata: { annotations: unknown; labels: unknown }; spec: { again: unknown } }
      parsed: { canary: unknown }
      documents: { data: unknown }[]
      labels: unknown
    }
    expect(back.parsed.canary).toBe(back.canary)
    expect(back.documents[0]?.data).toBe(back.canary)
    expect(back.canary.spec.again).toBe(back.canary.metadata.annotations)
    expect(back.labels).toBe(back.canary.metadata.labels)
    expect(back.canary.metadata.annotations).toEqual(big)
  })

  it('fills a large collection found inside another large one', () => {
    const inner = Array.from({ length: 30 }, (_, i) => i)
    const outer = Array.from({ length: 30 }, (_, i) => (i === 17 ? { inner } : i))
    expect(roundTrip({ outer }, 8)).toEqual({ outer })
  })

  it('keeps a key named __proto__ an ordinary key', () => {
    const value = JSON.parse('{"a":1,"__proto__":{"polluted":true},"b":2,"c":3}') as object
    const back = roundTrip({ map: value }, 2) as { map: Record<string, unknown> }
    expect(Object.keys(back.map)).toEqual(['a', '__proto__', 'b', 'c'])
    expect(Object.getPrototypeOf(back.map)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a chunk that does not belong to the value', () => {
    const assembly = assembleValue({ a: {} }, [['a']])
    expect(assembly.add({ collection: 3, entries: ['x', 1] })).toBe(false)
    expect(assembly.add({ collection: 0, entries: ['x'] })).toBe(false)
    expect(assembly.add({ collection: 0, entries: ['x', 1] })).toBe(true)
    expect(assembly.value).toEqual({ a: { x: 1 } })
  })

  it('leaves a small value whole, with nothing to send after it', () => {
    expect(splitValue({ a: [1, 2], b: 'c' }, 10)).toEqual({ skeleton: { a: [1, 2], b: 'c' }, paths: [], chunks: [] })
  })
})
