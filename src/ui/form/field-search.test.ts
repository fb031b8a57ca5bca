import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../core/document/parse-document.ts'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { findFields, searchableFields } from './field-search.ts'

const fields = searchableFields(parseDocument(podinfoCanaryYaml).documents[0]?.data)
const found = (query: string) => findFields(fields, query).map((f) => f.pathText)

describe('field search', () => {
  it('finds a field by its name first, then by label or path', () => {
    expect(found('threshold')[0]).toBe('spec.analysis.threshold')
    expect(found('Max weight')[0]).toBe('spec.analysis.maxWeight')
    expect(found('spec.service.port')[0]).toBe('spec.service.port')
  })

  it('reaches the items the document has, and nothing for an empty query', () => {
    expect(found('webhooks[1].url')).toEqual(['spec.analysis.webhooks[1].url'])
    expect(found('webhooks[2]')).toEqual([])
    expect(found('  ')).toEqual([])
  })
})
