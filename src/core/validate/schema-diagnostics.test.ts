import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../diagnostic.ts'
import { formatPath } from '../diagnostic.ts'
import { cleanCanary, withValue } from '../../test-support/lint-fixtures.ts'
import { schemaDiagnostics } from './schema-diagnostics.ts'

const brief = (ds: Diagnostic[]) => ds.map((d) => `${d.rule} ${formatPath(d.path ?? [])}`)
const at = (path: (string | number)[], value: unknown) => schemaDiagnostics(withValue(cleanCanary(), path, value))

describe('schemaDiagnostics', () => {
  it('finds nothing in a clean Canary, and tolerates status and non-objects', () => {
    expect(schemaDiagnostics(cleanCanary())).toEqual([])
    expect(schemaDiagnostics(withValue(cleanCanary(), ['status'], { phase: 'Succeeded' }))).toEqual([])
    expect(schemaDiagnostics('text')).toEqual([])
    expect(schemaDiagnostics(null)).toEqual([])
  })

  it('reports missing required keys at the missing key, with an example fix when the catalog has one', () => {
    const ds = at(['spec', 'service', 'port'], undefined)
    expect(brief(ds)).toEqual(['schema-required spec.service.port'])
    expect(ds[0]?.fixes?.[0]).toMatchObject({ kind: 'set', value: 9898 })
    expect(brief(at(['spec', 'targetRef'], undefined))).toEqual(['schema-required spec.targetRef'])
    expect(brief(at(['metadata', 'name'], undefined))).toEqual(['schema-required metadata.name'])
  })

  it('reports enums with a did-you-mean fix', () => {
    const ds = at(['spec', 'provider'], 'istoi')
    expect(brief(ds)).toEqual(['schema-enum spec.provider'])
    expect(ds[0]?.message).toContain('did you mean "istio"')
    expect(ds[0]?.fixes?.[0]).toMatchObject({ kind: 'set', value: 'istio' })
  })

  it('reports the CRD duration pattern, which is anchored at the start only', () => {
    expect(brief(at(['spec', 'analysis', 'interval'], '1h'))).toEqual(['schema-pattern spec.analysis.interval'])
    expect(at(['spec', 'analysis', 'interval'], '1min')).toEqual([])
    expect(brief(at(['spec', 'analysis', 'webhooks', 0, 'timeout'], '90'))).toEqual([
      'schema-pattern spec.analysis.webhooks[0].timeout',
    ])
  })

  it('treats fractions of Go integers as errors, with a rounding fix', () => {
    const ds = at(['spec', 'analysis', 'threshold'], 2.5)
    expect(brief(ds)).toEqual(['schema-integer spec.analysis.threshold'])
    expect(ds[0]?.fixes?.[0]).toMatchObject({ value: 3 })
    expect(brief(at(['spec', 'service', 'targetPort'], 80.5))).toEqual(['schema-integer spec.service.targetPort'])
    expect(at(['spec', 'analysis', 'metrics', 0, 'thresholdRange', 'min'], 99.5)).toEqual([])
  })

  it('checks bounds, lengths and list sizes the CRD declares', () => {
    expect(brief(at(['spec', 'service', 'gatewayRefs'], [{ name: 'gw', port: 0 }]))).toEqual([
      'schema-range spec.service.gatewayRefs[0].port',
    ])
    expect(brief(at(['spec', 'service', 'gatewayRefs'], [{ name: '' }]))).toEqual([
      'schema-length spec.service.gatewayRefs[0].name',
    ])
    const many = Array.from({ length: 33 }, (_, i) => ({ name: `gw${i}` }))
    expect(brief(at(['spec', 'service', 'gatewayRefs'], many))).toEqual(['schema-max-items spec.service.gatewayRefs'])
  })

  it('checks oneOf: at most one string match in service.match, exactly one in analysis.match headers', () => {
    expect(at(['spec', 'service', 'match'], [{ uri: {} }])).toEqual([])
    expect(brief(at(['spec', 'service', 'match'], [{ uri: { exact: '/', prefix: '/' } }]))).toEqual([
      'schema-one-of spec.service.match[0].uri',
    ])
    expect(brief(at(['spec', 'analysis', 'match'], [{ headers: { x: {} } }]))).toEqual([
      'schema-one-of spec.analysis.match[0].headers.x',
    ])
  })

  it('leaves the analysis oneOf to the lint rules', () => {
    expect(at(['spec', 'analysis', 'iterations'], 10)).toEqual([])
  })

  it('reports unknown fields, suggesting the known one', () => {
    const ds = at(['spec', 'analysis', 'stepweight'], 10)
    expect(brief(ds)).toEqual(['schema-unknown-field spec.analysis.stepweight'])
    expect(ds[0]?.message).toContain('did you mean `stepWeight`')
    expect(at(['spec', 'canaryAnalysis'], {})[0]?.message).toContain('did you mean `analysis`')
    expect(at(['metadata', 'uid'], 'x')).toEqual([])
  })
})
