import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyScalar, catalogCanary } from '../fuzz/arbitraries.ts'
import { canaryNode } from './canary-fields.ts'
import { readTyped, readTypedShared } from './read-typed.ts'

/** The objects and arrays of `data`, each with its path. */
function containers(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: object }[] {
  if (typeof data !== 'object' || data === null) return []
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data)
  return [{ path, value: data }, ...entries.flatMap(([k, v]) => containers(v, [...path, k]))]
}

/** `data` with the value at `path` replaced, copying only the objects on the way (as an edit of a parse does). */
function withValueAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [step, ...rest] = path
  if (step === undefined) return value
  if (Array.isArray(data)) return (data as unknown[]).map((v, i) => (i === step ? withValueAt(v, rest, value) : v))
  const record = data as Record<string, unknown>
  return { ...record, [step]: withValueAt(record[step], rest, value) }
}

describe('readTypedShared', () => {
  it('reads exactly as readTyped, and shares what did not change with the previous read', () => {
    fc.assert(
      fc.property(catalogCanary, fc.nat(), anyScalar, (raw, pick, value) => {
        const before = readTypedShared(canaryNode, raw)
        expect(before).toEqual(readTyped(canaryNode, raw))
        const places = containers(raw).filter((c) => c.path.length > 0)
        const place = places[pick % Math.max(1, places.length)]
        if (!place) return
        const next = withValueAt(raw, place.path, value)
        const after = readTypedShared(canaryNode, next)
        expect(after).toEqual(readTyped(canaryNode, next))
        // Subtrees beside the edited path are the same objects, so their typed views are too.
        const top = place.path[0] as string
        for (const key of Object.keys(raw)) {
          const typedBefore = (before.value as Record<string, unknown> | undefined)?.[key]
          if (key !== top && typeof typedBefore === 'object' && typedBefore !== null)
            expect((after.value as Record<string, unknown>)[key]).toBe(typedBefore)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('gives an object read at two places the errors of each place', () => {
    const bad = { name: 7 }
    const raw = { spec: { analysis: { metrics: [bad, bad] } } }
    const { typeErrors } = readTypedShared(canaryNode, raw)
    expect(typeErrors.map((e) => e.path)).toEqual([
      ['spec', 'analysis', 'metrics', 0, 'name'],
      ['spec', 'analysis', 'metrics', 1, 'name'],
    ])
    expect(readTypedShared(canaryNode, raw).typeErrors).toEqual(typeErrors)
  })
})
