import { describe, expect, it } from 'vitest'
import { validateCustomResource, validateOpenApi, type OpenApiSchema } from './openapi-validate.ts'
import { hasReference, readReferenceJson } from './shared-reference.ts'

const stringMatch: OpenApiSchema = {
  type: 'object',
  properties: { exact: { type: 'string' }, prefix: { type: 'string' }, regex: { type: 'string' } },
  oneOf: [
    { not: { anyOf: [{ required: ['exact'] }, { required: ['prefix'] }, { required: ['regex'] }] } },
    { required: ['exact'] },
    { required: ['prefix'] },
    { required: ['regex'] },
  ],
}

const schema: OpenApiSchema = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      required: ['host'],
      properties: {
        host: { type: 'string' },
        weight: { type: 'integer', minimum: 0, maximum: 100 },
        mode: { type: 'string', enum: ['A', 'B'] },
        port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
        flag: { type: 'boolean', nullable: true },
        headers: { type: 'object', additionalProperties: stringMatch },
        list: { type: 'array', maxItems: 2, items: { type: 'string' } },
        free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      },
    },
  },
}

const messages = (value: unknown) => validateOpenApi(schema, value).map((e) => e.message)

describe('validateOpenApi', () => {
  it('accepts a valid value', () => {
    expect(messages({ spec: { host: 'a', weight: 10, mode: 'A', port: 'http', flag: null, headers: { x: { exact: 'y' }, z: {} }, list: ['a'], free: { anything: [1] } } })).toEqual([])
  })

  it('rejects unknown fields, as kubectl apply does', () => {
    expect(messages({ spec: { host: 'a', hostname: 'b' }, extra: 1 })).toEqual(['unknown field "spec.hostname"', 'unknown field "extra"'])
  })

  it('rejects wrong types, missing required keys, enum and bounds', () => {
    expect(messages({ spec: { weight: 1.5 } })).toEqual(['spec.host: Required value', 'spec.weight: expected integer, got number'])
    expect(messages({ spec: { host: 'a', weight: 101, mode: 'C', list: ['a', 'b', 'c'] } })).toEqual([
      'spec.weight: should be less than or equal to 100',
      'spec.mode: unsupported value "C": supported values: "A", "B"',
      'spec.list: must have at most 2 items',
    ])
    expect(messages({ spec: { host: 3 } })).toEqual(['spec.host: expected string, got number'])
  })

  it('applies oneOf: two alternatives at once fail, and unknown keys inside maps are caught', () => {
    expect(messages({ spec: { host: 'a', headers: { x: { exact: 'y', prefix: 'z' } } } })).toEqual(['spec.headers.x: must validate one and only one schema (oneOf)'])
    expect(messages({ spec: { host: 'a', headers: { x: { suffix: 'y' } } } })).toEqual(['unknown field "spec.headers.x.suffix"'])
  })

  it('handles int-or-string and nullable', () => {
    expect(messages({ spec: { host: 'a', port: 1.5 } })).toEqual(['spec.port: expected integer or string, got number'])
    expect(messages({ spec: { host: null } })).toEqual(['spec.host: expected string, got null'])
  })
})

describe.skipIf(!hasReference)('validateCustomResource against the Istio CRDs', () => {
  const vsCrd = hasReference ? readReferenceJson('istio-virtualservices-crd.json') : undefined
  const vs = (spec: unknown) => ({ apiVersion: 'networking.istio.io/v1beta1', kind: 'VirtualService', metadata: { name: 'x' }, spec })

  it('accepts a plain VirtualService and rejects a misspelt, a mistyped and a misplaced field', () => {
    const route = [{ destination: { host: 'a' }, weight: 100 }]
    expect(validateCustomResource(vsCrd, 'v1beta1', vs({ hosts: ['a'], http: [{ route }] }))).toEqual([])
    const bad = validateCustomResource(vsCrd, 'v1beta1', vs({ hosts: ['a'], http: [{ route, retries: { attempts: '3' }, rewrite: { type: 'x' } }], gateway: ['g'] }))
    expect(bad.map((e) => e.path)).toEqual(['spec.http[0].retries.attempts', 'spec.http[0].rewrite.type', 'spec.gateway'])
  })

  it('checks apiVersion, kind and metadata.name', () => {
    const errors = validateCustomResource(vsCrd, 'v1beta1', { apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: {}, spec: {} })
    expect(errors.map((e) => e.path)).toEqual(['apiVersion', 'kind', 'metadata.name'])
  })
})
