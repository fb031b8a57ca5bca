import { describe, expect, it } from 'vitest'
import { canaryNode } from './canary-fields.ts'
import type { FieldNode } from './dsl.ts'
import { childNode, fieldAt, nodeAt } from './field-docs.ts'

function* walk(node: FieldNode, path: (string | number)[] = []): Generator<[(string | number)[], FieldNode]> {
  yield [path, node]
  if (node.kind === 'object') for (const [k, child] of Object.entries(node.fields)) yield* walk(child, [...path, k])
  if (node.kind === 'list') yield* walk(node.items, [...path, 0])
  if (node.kind === 'map') yield* walk(node.values, [...path, 'key'])
}

describe('fieldAt', () => {
  it('resolves list indexes and map keys', () => {
    const info = fieldAt(['spec', 'analysis', 'metrics', 3, 'interval'])
    expect(info?.catalogPath).toBe('spec.analysis.metrics[].interval')
    expect(info?.doc).toContain('NOT how often')
    const header = fieldAt(['spec', 'analysis', 'match', 0, 'headers', 'x-canary', 'exact'])
    expect(header?.catalogPath).toBe('spec.analysis.match[].headers.*.exact')
    expect(header?.node.kind).toBe('string')
  })

  it("gives list items and map values their container's doc when they have none", () => {
    const step = fieldAt(['spec', 'analysis', 'stepWeights', 1])
    expect(step?.doc).toContain('strictly increasing')
    expect(step?.label).toBe('Step weights')
  })

  it('returns undefined for paths the catalog does not know', () => {
    expect(fieldAt(['spec', 'analysis', 'canaryAnalysis'])).toBeUndefined()
    expect(fieldAt(['spec', 'analysis', 'metrics', 'name'])).toBeUndefined()
    expect(nodeAt(['spec', 'provider', 'x'])).toBeUndefined()
    expect(childNode(canaryNode, 0)).toBeUndefined()
  })

  it('puts default, unit and providers in the hover markdown', () => {
    const md = fieldAt(['spec', 'analysis', 'mirrorWeight'])?.markdown ?? ''
    expect(md).toContain('providers: istio')
    expect(md).toContain('(percent)')
    expect(fieldAt(['spec', 'progressDeadlineSeconds'])?.markdown).toContain('default: `600`')
  })

  it('documents every field of the catalog', () => {
    const undocumented = [...walk(canaryNode)]
      .filter(([path]) => path.length > 0)
      .filter(([path]) => (fieldAt(path)?.doc ?? '') === '')
      .map(([path]) => path.join('.'))
    expect(undocumented).toEqual([])
  })

  it("corrects the guide's two misreadings", () => {
    expect(fieldAt(['spec', 'progressDeadlineSeconds'])?.doc).toContain('not the length of the analysis')
    expect(fieldAt(['spec', 'analysis', 'metrics', 0, 'interval'])?.doc).toContain('once per `analysis.interval`')
  })
})
