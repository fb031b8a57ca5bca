import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../catalog/json-schema.ts'
import { parseDocument } from '../document/parse-document.ts'
import { deploymentStrategy } from '../model/effective.ts'
import { validateRawCanary } from '../validate/validate-canary.ts'
import { validateJsonSchema } from '../../test-support/check-json-schema.ts'
import { hasReference, readReferenceJson } from '../../test-support/shared-reference.ts'
import { blankCanary } from './blank-canary.ts'

const crdSchema = () =>
  (
    readReferenceJson('flagger-canary-crd.json') as {
      spec: { versions: { schema: { openAPIV3Schema: JsonSchema } }[] }
    }
  ).spec.versions[0]!.schema.openAPIV3Schema

describe('blank Canary', () => {
  const parsed = parseDocument(blankCanary.text)
  const raw = parsed.documents[0]?.data as Record<string, unknown>

  it('is one Canary without a single diagnostic, of the strategy it advertises', () => {
    expect(parsed.diagnostics).toEqual([])
    expect(validateRawCanary(raw)).toEqual([])
    expect(deploymentStrategy(parsed.canary!)).toBe(blankCanary.strategy)
  })

  it.skipIf(!hasReference)('passes the CRD, and dropping any of its fields makes the CRD refuse it', () => {
    expect(validateJsonSchema(crdSchema(), raw)).toEqual([])
    const spec = raw.spec as Record<string, Record<string, unknown>>
    for (const [parent, key] of [
      ['targetRef', 'apiVersion'],
      ['targetRef', 'kind'],
      ['targetRef', 'name'],
      ['analysis', 'interval'],
      ['analysis', 'threshold'],
      ['analysis', 'stepWeight'],
    ] as const) {
      const smaller = structuredClone(raw) as { spec: Record<string, Record<string, unknown>> }
      delete smaller.spec[parent]![key]
      expect(validateJsonSchema(crdSchema(), smaller), `${parent}.${key}`).not.toEqual([])
    }
    for (const key of Object.keys(spec)) {
      const smaller = structuredClone(raw) as { spec: Record<string, unknown> }
      delete smaller.spec[key]
      expect(validateJsonSchema(crdSchema(), smaller), key).not.toEqual([])
    }
  })
})
