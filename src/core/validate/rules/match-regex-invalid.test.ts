import { describe, expect, it } from 'vitest'
import type { Canary } from '../../catalog/canary-fields.ts'
import { validateCanary } from '../validate-canary.ts'

const canary = (headers: Record<string, { regex: string }>): Canary => ({
  apiVersion: 'flagger.app/v1beta1',
  kind: 'Canary',
  metadata: { name: 'podinfo', namespace: 'test' },
  spec: {
    targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
    service: { port: 9898, match: [{ uri: { regex: '/api/(?=v1)' } }] },
    analysis: { interval: '1m', threshold: 5, iterations: 10, match: [{ headers }] },
  },
})

const found = (c: Canary) => validateCanary({ raw: c, canary: c }).filter((d) => d.rule === 'match-regex-invalid')

describe('match-regex-invalid', () => {
  it('reports each regex RE2 refuses, at its path, with the reason', () => {
    const out = found(
      canary({
        'x-a': { regex: '(a)\\1' },
        'x-b': { regex: 'a'.repeat(40_000) },
        'x-c': { regex: '^(.*?;)?(canary=always)(;.*)?$' },
      }),
    )
    expect(out.map((d) => d.path)).toEqual([
      ['spec', 'analysis', 'match', 0, 'headers', 'x-a', 'regex'],
      ['spec', 'analysis', 'match', 0, 'headers', 'x-b', 'regex'],
      ['spec', 'service', 'match', 0, 'uri', 'regex'],
    ])
    expect(out[0]?.message).toContain('backreferences')
    expect(out[1]?.message).toContain('Istio allows at most 1024')
    expect(out[2]?.message).toContain('lookarounds')
    expect(out.every((d) => d.severity === 'error')).toBe(true)
  })
})
