import { describe, expect, it } from 'vitest'
import type { TextRange } from '../diagnostic.ts'
import { parseDocument } from './parse-document.ts'
import { attachRanges, nearestRangeOf, rangeOf } from './ranges.ts'

const text = `kind: Canary
spec:
  service:
    port: 9898 # http
    gateways:
    - public-gateway
    - "mesh"
  analysis:
    webhooks:
      - name: load-test
        metadata:
          cmd: |
            hey -z 1m
`

const slice = (r: TextRange | undefined): string => (r ? text.slice(r.start.offset, r.end.offset) : '<none>')

describe('rangeOf', () => {
  const parsed = parseDocument(text)

  it('covers a pair’s key and value, without its comment', () => {
    expect(slice(rangeOf(parsed, ['spec', 'service', 'port']))).toBe('port: 9898')
    expect(rangeOf(parsed, ['spec', 'service', 'port'])?.start).toEqual({
      line: 4,
      column: 5,
      offset: text.indexOf('port'),
    })
  })

  it('covers list items and nested blocks', () => {
    expect(slice(rangeOf(parsed, ['spec', 'service', 'gateways', 1]))).toBe('"mesh"')
    expect(slice(rangeOf(parsed, ['spec', 'service', 'gateways']))).toBe(
      'gateways:\n    - public-gateway\n    - "mesh"',
    )
    expect(slice(rangeOf(parsed, ['spec', 'analysis', 'webhooks', 0, 'metadata', 'cmd']))).toBe(
      'cmd: |\n            hey -z 1m',
    )
  })

  it('is undefined for a missing path; nearestRangeOf gives the nearest ancestor’s key', () => {
    expect(rangeOf(parsed, ['spec', 'service', 'hosts'])).toBeUndefined()
    expect(slice(nearestRangeOf(parsed, ['spec', 'service', 'hosts', 0]))).toBe('service')
    expect(slice(nearestRangeOf(parsed, ['spec', 'analysis', 'webhooks', 0, 'url']))).toBe('name: load-test')
    expect(slice(nearestRangeOf(parsed, ['nothing']))).toBe('kind: Canary')
  })

  it('resolves ranges in the second document with offsets into the whole file', () => {
    const multi = `kind: Service\n---\n${text}`
    const r = rangeOf(parseDocument(multi), ['spec', 'service', 'port'])
    expect(r && multi.slice(r.start.offset, r.end.offset)).toBe('port: 9898')
    expect(r?.start.line).toBe(6)
  })

  it('attaches ranges to diagnostics that carry only a path', () => {
    const [withRange, untouched, missing] = attachRanges(parsed, [
      { severity: 'error', rule: 'x', message: 'm', path: ['spec', 'service', 'port'] },
      { severity: 'info', rule: 'y', message: 'no path' },
      { severity: 'warning', rule: 'z', message: 'm', path: ['spec', 'analysis', 'interval'] },
    ])
    expect(slice(withRange?.range)).toBe('port: 9898')
    expect(untouched?.range).toBeUndefined()
    expect(slice(missing?.range)).toBe('analysis')
  })

  it('is undefined when there is no Canary', () => {
    expect(rangeOf(parseDocument('kind: Service\n'), ['kind'])).toBeUndefined()
  })
})
