import { describe, expect, it } from 'vitest'
import type { Canary } from '../catalog/canary-fields.ts'
import type { JsonSchema } from '../catalog/json-schema.ts'
import { parseDocument } from '../document/parse-document.ts'
import { deploymentStrategy } from '../model/effective.ts'
import { validateRawCanary } from '../validate/validate-canary.ts'
import { validateJsonSchema } from '../../test-support/check-json-schema.ts'
import { hasReference, readReferenceJson } from '../../test-support/shared-reference.ts'
import { findTemplate, templates } from './templates.ts'

/** The template read the way the editor reads it: one document, a Canary, not a single diagnostic. */
function parseTemplate(text: string) {
  const parsed = parseDocument(text)
  expect(parsed.diagnostics).toEqual([])
  expect(parsed.status).toBe('ok')
  expect(parsed.documents).toHaveLength(1)
  return { canary: parsed.canary as Canary, raw: parsed.documents[0]!.data }
}

const readCanary = (text: string): Canary => parseTemplate(text).canary

describe('templates', () => {
  it('offers one template per rollout style, with unique ids', () => {
    expect(templates.map((t) => t.id)).toEqual([
      'progressive-canary',
      'step-weights',
      'ab-testing',
      'blue-green',
      'blue-green-mirroring',
      'session-affinity',
    ])
    expect(findTemplate('blue-green')?.title).toBe('Blue/green')
    expect(findTemplate('nope')).toBeUndefined()
  })

  describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('is one well-formed YAML document holding a Canary of the catalog types', () => {
      const canary = readCanary(template.text)
      expect(canary.kind).toBe('Canary')
      expect(canary.apiVersion).toBe('flagger.app/v1beta1')
      expect(canary.metadata?.name).toBe('checkout')
    })

    it('derives the strategy it advertises', () => {
      expect(deploymentStrategy(readCanary(template.text))).toBe(template.strategy)
    })

    it('is commented and ends with one newline', () => {
      const commentLines = template.text.split('\n').filter((line) => line.trimStart().startsWith('#'))
      expect(commentLines.length).toBeGreaterThan(20)
      expect(template.text.endsWith('\n') && !template.text.endsWith('\n\n')).toBe(true)
      expect(template.text).not.toMatch(/[ \t]$/m)
    })
  })

  it('have the shape each style needs', () => {
    const analysisOf = (id: string) => readCanary(findTemplate(id)!.text).spec?.analysis
    expect(analysisOf('progressive-canary')).toMatchObject({ stepWeight: 10, maxWeight: 50 })
    expect(analysisOf('step-weights')?.stepWeights).toEqual([1, 5, 10, 25, 50])
    expect(analysisOf('ab-testing')?.match).toHaveLength(2)
    expect(analysisOf('blue-green')?.webhooks?.map((w) => w.type)).toContain('confirm-promotion')
    expect(analysisOf('blue-green-mirroring')).toMatchObject({ iterations: 10, mirror: true })
    expect(analysisOf('session-affinity')?.sessionAffinity?.cookieName).toBe('checkout-canary')
  })
})

describe('templates against Flagger', () => {
  it.each(templates.map((t) => [t.id, t.text]))('%s has no diagnostic at all, not even a warning', (_id, text) => {
    expect(validateRawCanary(parseTemplate(text).raw).map((d) => `${d.severity} ${d.rule}: ${d.message}`)).toEqual([])
  })
})

describe.skipIf(!hasReference)('templates against the upstream Canary CRD', () => {
  it.each(templates.map((t) => [t.id, t.text]))('%s passes the admission schema', (_id, text) => {
    const crd = readReferenceJson('flagger-canary-crd.json') as {
      spec: { versions: { schema: { openAPIV3Schema: JsonSchema } }[] }
    }
    expect(validateJsonSchema(crd.spec.versions[0]!.schema.openAPIV3Schema, parseTemplate(text).raw)).toEqual([])
  })
})
