import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canaryJsonSchema } from '../catalog/json-schema.ts'
import type { FieldPath } from '../diagnostic.ts'
import { validateJsonSchema } from '../../test-support/check-json-schema.ts'
import { cleanCanary, withValue } from '../../test-support/lint-fixtures.ts'
import { validateRawCanary } from './validate-canary.ts'

// Two artefacts derive from one catalog: the JSON Schema (editor markers) and validateCanary (Problems panel, CLI).
// For documents mutated at random they must agree on admission validity: the schema rejects a document exactly
// when validateCanary reports an admission error. Lint-only errors without a schema counterpart are excluded.

const schema = canaryJsonSchema()
const paths: FieldPath[] = [
  ['apiVersion'],
  ['kind'],
  ['metadata', 'name'],
  ['spec', 'provider'],
  ['spec', 'progressDeadlineSeconds'],
  ['spec', 'targetRef'],
  ['spec', 'targetRef', 'kind'],
  ['spec', 'service', 'port'],
  ['spec', 'service', 'targetPort'],
  ['spec', 'service', 'gateways'],
  ['spec', 'service', 'match'],
  ['spec', 'service', 'gatewayRefs'],
  ['spec', 'analysis', 'interval'],
  ['spec', 'analysis', 'threshold'],
  ['spec', 'analysis', 'stepWeight'],
  ['spec', 'analysis', 'stepWeights'],
  ['spec', 'analysis', 'iterations'],
  ['spec', 'analysis', 'unknownKey'],
  ['spec', 'analysis', 'metrics', 0, 'interval'],
  ['spec', 'analysis', 'metrics', 0, 'name'],
  ['spec', 'analysis', 'webhooks', 0, 'type'],
  ['spec', 'analysis', 'webhooks', 0, 'url'],
  ['spec', 'analysis', 'webhooks', 0, 'timeout'],
  ['spec', 'analysis', 'sessionAffinity'],
  ['spec', 'analysis', 'match'],
]
const values = [
  undefined,
  0,
  1,
  2.5,
  -1,
  101,
  70000,
  '',
  'x',
  '1h',
  '1min',
  '30s',
  'istio',
  'Deployment',
  'StatefulSet',
  'pre',
  'rollout',
  true,
  [],
  [1, 2],
  ['mesh'],
  {},
  { exact: 'a' },
  [{ uri: { exact: '/', prefix: '/' } }],
  [{ name: '' }],
  [{ headers: { x: {} } }],
  { cookieName: 'c' },
  { primaryCookieName: 'p' },
]
const mutation = fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...values))

// Lint rules that report admission errors with their own messages (they replace generic schema checks).
const admissionRules = new Set([
  'analysis-strategy-missing',
  'step-weight-with-step-weights',
  'iterations-with-step-weight',
  'webhook-unknown-type',
  'webhook-missing-url',
  'target-kind-unsupported',
])
const isAdmissionError = (d: { severity: string; rule: string }) =>
  d.severity === 'error' && (d.rule.startsWith('schema-') || admissionRules.has(d.rule))

describe('validateCanary properties', () => {
  it('never throws, and every diagnostic has a rule and a message', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(mutation, { maxLength: 4 }), (junk, edits) => {
        const doc = edits.reduce<unknown>((d, [path, value]) => withValue(d, path, value), cleanCanary())
        for (const input of [junk, doc, { spec: junk }, { spec: { analysis: junk, service: junk } }]) {
          for (const d of validateRawCanary(input)) {
            expect(d.rule).not.toBe('')
            expect(d.message).not.toBe('')
            expect(d.message).not.toContain('Internal:')
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with the JSON Schema on admission validity', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (edits) => {
        const doc = edits.reduce<unknown>((d, [path, value]) => withValue(d, path, value), cleanCanary())
        const schemaErrors = validateJsonSchema(schema, doc)
        const ours = validateRawCanary(doc).filter(isAdmissionError)
        expect({ schemaRejects: schemaErrors.length > 0, ours: ours.map((d) => d.rule) }).toEqual({
          schemaRejects: ours.length > 0,
          ours: ours.map((d) => d.rule),
        })
      }),
      { numRuns: 500 },
    )
  })
})
