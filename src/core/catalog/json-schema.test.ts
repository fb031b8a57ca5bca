import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { checkSchemaShape, validateJsonSchema } from '../../test-support/check-json-schema.ts'
import { referenceExampleIndex } from '../../test-support/reference-example-index.ts'
import { readReference } from '../../test-support/shared-reference.ts'
import { canaryJsonSchema } from './json-schema.ts'

const schema = canaryJsonSchema()

const base = () => ({
  apiVersion: 'flagger.app/v1beta1',
  kind: 'Canary',
  metadata: { name: 'podinfo', namespace: 'test' },
  spec: {
    targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
    service: { port: 9898, gateways: ['istio-system/public-gateway', 'mesh'], hosts: ['app.example.com'] },
    analysis: {
      interval: '1m',
      threshold: 5,
      stepWeight: 10,
      maxWeight: 50,
      metrics: [{ name: 'request-success-rate', interval: '1m', thresholdRange: { min: 99 } }],
      webhooks: [{ name: 'load-test', type: 'rollout', url: 'http://flagger-loadtester.test/', timeout: '5s' }],
    },
  },
})

function withAnalysis(patch: Record<string, unknown>, drop: string[] = []) {
  const doc = base()
  const analysis: Record<string, unknown> = { ...doc.spec.analysis, ...patch }
  for (const key of drop) delete analysis[key]
  return { ...doc, spec: { ...doc.spec, analysis } }
}

describe('canaryJsonSchema', () => {
  it('is well-formed draft-07', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(checkSchemaShape(schema)).toEqual([])
  })

  it('describes fields in markdown and plain text, with defaults', () => {
    const interval = schema.properties?.spec?.properties?.analysis?.properties?.interval
    expect(interval?.markdownDescription).toContain('Time between two analysis ticks')
    expect(interval?.description).not.toContain('`')
    expect(interval?.default).toBe('1m')
    expect(interval?.pattern).toBe('^[0-9]+(m|s)')
  })

  it('accepts a complete Canary', () => {
    expect(validateJsonSchema(schema, base())).toEqual([])
  })

  it('requires exactly one of iterations, stepWeight, stepWeights next to interval and threshold', () => {
    expect(validateJsonSchema(schema, withAnalysis({ iterations: 10 }))).toContain(
      '/spec/analysis: must match exactly one oneOf branch',
    )
    expect(validateJsonSchema(schema, withAnalysis({ iterations: 10 }, ['stepWeight']))).toEqual([])
    expect(validateJsonSchema(schema, withAnalysis({ stepWeights: [1, 10] }, ['stepWeight']))).toEqual([])
    expect(validateJsonSchema(schema, withAnalysis({}, ['threshold']))).toContain(
      '/spec/analysis: must match exactly one oneOf branch',
    )
  })

  it('rejects admission errors: pattern, enum, fractions of Go ints, unknown keys, bad string match', () => {
    expect(validateJsonSchema(schema, withAnalysis({ interval: '1h' }))).toEqual(['/spec/analysis/interval: pattern'])
    expect(validateJsonSchema(schema, withAnalysis({ threshold: 2.5 }))).toEqual([
      '/spec/analysis/threshold: expected integer',
    ])
    expect(validateJsonSchema(schema, withAnalysis({ stepweight: 5 }))).toEqual([
      '/spec/analysis: unexpected property "stepweight"',
    ])
    const bad = withAnalysis({ webhooks: [{ name: 'x', url: 'http://x/', type: 'pre' }] })
    expect(validateJsonSchema(schema, bad)).toEqual(['/spec/analysis/webhooks/0/type: not one of the enum values'])
  })

  it('allows an empty Istio string match in service.match but not in analysis.match headers', () => {
    const doc = base()
    const ok = { ...doc, spec: { ...doc.spec, service: { ...doc.spec.service, match: [{ uri: {} }] } } }
    expect(validateJsonSchema(schema, ok)).toEqual([])
    const two = {
      ...doc,
      spec: { ...doc.spec, service: { ...doc.spec.service, match: [{ uri: { exact: '/', prefix: '/' } }] } },
    }
    expect(validateJsonSchema(schema, two)).toEqual(['/spec/service/match/0/uri: must match exactly one oneOf branch'])
    const ab = withAnalysis({ match: [{ headers: { 'x-canary': {} } }] })
    expect(validateJsonSchema(schema, ab)).toEqual([
      '/spec/analysis/match/0/headers/x-canary: must match exactly one oneOf branch',
    ])
  })

  const crdValid = referenceExampleIndex().filter((e) => e.isCrdValid)
  it.skipIf(crdValid.length === 0).each(crdValid.map((e) => e.file))('accepts the CRD-valid example %s', (file) => {
    expect(validateJsonSchema(schema, parse(readReference(`examples/${file}`)))).toEqual([])
  })
})
