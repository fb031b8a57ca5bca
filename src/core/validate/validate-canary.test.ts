import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { ProviderName } from '../catalog/dsl.ts'
import { exampleProvider, referenceExampleIndex } from '../../test-support/reference-example-index.ts'
import { readReference } from '../../test-support/shared-reference.ts'
import { cleanCanary, withValue } from '../../test-support/lint-fixtures.ts'
import { validateCanary, validateRawCanary } from './validate-canary.ts'

// No false positives: every CRD-valid upstream example must produce no error, under the provider Flagger runs it
// with (spec.provider or the INDEX's -mesh-provider). Excerpts lack required fields by design: they must only not
// throw, and their errors must be the schema-required ones for what the INDEX says they lack.

const index = referenceExampleIndex()
const yamlExamples = index.filter((e) => e.completeness !== 'not YAML')

describe('validateCanary', () => {
  it('sorts errors first and reports wrong types unless told not to', () => {
    const doc = withValue(
      withValue(cleanCanary(), ['spec', 'analysis', 'threshold'], 'five'),
      ['spec', 'analysis', 'maxWeight'],
      120,
    )
    const ds = validateRawCanary(doc)
    expect(ds.map((d) => d.rule)).toEqual(['schema-type', 'max-weight-above-100'])
    const canary = {}
    expect(validateCanary({ canary, raw: doc, includeTypeErrors: false }).map((d) => d.rule)).not.toContain(
      'schema-type',
    )
  })

  it('never throws on hostile input', () => {
    for (const raw of [undefined, null, 42, 'x', [], { spec: [] }, { spec: { analysis: 'x', service: 5 } }])
      expect(() => validateRawCanary(raw)).not.toThrow()
  })

  it.skipIf(yamlExamples.length === 0).each(yamlExamples.filter((e) => e.isCrdValid).map((e) => [e.file, e] as const))(
    'finds no error in the CRD-valid example %s',
    (file, entry) => {
      const raw: unknown = parse(readReference(`examples/${file}`))
      const errors = validateRawCanary(raw, exampleProvider(entry) as ProviderName | undefined).filter(
        (d) => d.severity === 'error',
      )
      expect(errors).toEqual([])
    },
  )

  it.skipIf(yamlExamples.length === 0).each(yamlExamples.filter((e) => !e.isCrdValid).map((e) => [e.file, e] as const))(
    'reports only missing required fields in the excerpt %s',
    (file, entry) => {
      const raw: unknown = parse(readReference(`examples/${file}`))
      const errors = validateRawCanary(raw).filter((d) => d.severity === 'error')
      const allowed = new Set(['schema-required', ...(entry.file.startsWith('kustomize') ? ['schema-enum'] : [])])
      expect(errors.filter((d) => !allowed.has(d.rule))).toEqual([])
    },
  )
})

describe('validateCanary paths', () => {
  it('keep list indexes aligned with the text when an item has the wrong type', () => {
    const doc = withValue(
      cleanCanary(),
      ['spec', 'analysis', 'webhooks'],
      ['not-a-hook', { name: 'load-test', type: 'pre', url: 'http://flagger-loadtester.test/' }],
    )
    const ds = validateRawCanary(doc)
    expect(ds.find((d) => d.rule === 'schema-type')?.path).toEqual(['spec', 'analysis', 'webhooks', 0])
    expect(ds.find((d) => d.rule === 'webhook-unknown-type')?.path).toEqual(['spec', 'analysis', 'webhooks', 1, 'type'])
  })

  it('skip rules on a scalar list with a wrong-typed item, which is reported as a type error', () => {
    const doc = withValue(
      withValue(cleanCanary(), ['spec', 'analysis', 'stepWeight'], undefined),
      ['spec', 'analysis', 'stepWeights'],
      [10, 'x', 5],
    )
    expect(validateRawCanary(doc).map((d) => d.rule)).toEqual(['schema-type'])
  })
})
