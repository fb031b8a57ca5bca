import { describe, expect, it } from 'vitest'
import { canaryNode, type Canary } from './canary-fields.ts'
import { readTyped } from './read-typed.ts'

describe('readTyped', () => {
  it('keeps well-typed values and reports wrong types with their path', () => {
    const { value, typeErrors } = readTyped<Canary>(canaryNode, {
      kind: 'Canary',
      spec: { analysis: { interval: '1m', threshold: 'three', stepWeights: [10, 'x', 50] }, unknown: 1 },
    })
    expect(value?.spec?.analysis?.interval).toBe('1m')
    expect(value?.spec?.analysis?.threshold).toBeUndefined()
    expect(value?.spec?.analysis?.stepWeights).toEqual([10, 50])
    expect(typeErrors.map((d) => d.path)).toEqual([
      ['spec', 'analysis', 'threshold'],
      ['spec', 'analysis', 'stepWeights', 1],
    ])
    expect(typeErrors[0]?.message).toContain('spec.analysis.threshold must be a whole number')
  })

  it('reads null as absent without an error', () => {
    const { value, typeErrors } = readTyped<Canary>(canaryNode, { spec: { service: null } })
    expect(value?.spec?.service).toBeUndefined()
    expect(typeErrors).toEqual([])
  })
})

describe('readTyped map keys', () => {
  it('keeps a key named __proto__ as an ordinary key', () => {
    const raw = JSON.parse('{"spec":{"analysis":{"webhooks":[{"name":"w","url":"http://x/","metadata":{"__proto__":"a","cmd":"b"}}]}}}') as unknown
    const metadata = readTyped<Canary>(canaryNode, raw).value?.spec?.analysis?.webhooks?.[0]?.metadata
    expect(Object.keys(metadata ?? {})).toEqual(['__proto__', 'cmd'])
    expect(Object.getPrototypeOf(metadata)).toBe(Object.prototype)
  })
})
