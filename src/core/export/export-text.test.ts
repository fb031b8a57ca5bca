import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../document/parse-document.ts'
import { exportCanaryOnly, exportEverything } from './export-text.ts'

const canary = `# The Canary, with its comments
apiVersion: flagger.app/v1beta1
kind: Canary   # trailing comment
metadata:
  name: podinfo

spec:
  analysis: {interval: 1m, threshold: 5, stepWeight: 10}
`
const configMap = '# config first\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n'

const parse = (text: string) => parseDocument(text)
const exported = (text: string) => {
  const result = exportCanaryOnly(text, parse(text))
  if (!result.ok) throw new Error(result.message)
  return result.text
}

describe('exportCanaryOnly', () => {
  it('gives back a single-document file byte for byte', () => {
    const text = `\uFEFF${canary.replaceAll('\n', '\r\n')}\r\n# the end\r\n`
    expect(exported(text)).toBe(text)
  })

  it('cuts the Canary out of a multi-document file with its own comments', () => {
    expect(exported(`${configMap}---\n${canary}`)).toBe(`---\n${canary}`)
    expect(exported(`${canary}---\n${configMap}`)).toBe(canary)
    expect(exported(`${configMap}---\n${canary}...\n---\n${configMap}`)).toBe(`---\n${canary}...\n`)
  })

  it('says so when there is no Canary', () => {
    expect(exportCanaryOnly(configMap, parse(configMap))).toEqual({
      ok: false,
      message: 'There is no Canary in this file to export.',
    })
  })

  it('splits any file into parts that join back to the whole', () => {
    const part = fc.constantFrom(canary, configMap, '# only a comment\n', 'a: 1', 'list: [1, 2]\n\n')
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join('---\n')
        const { documents } = parseDocument(text)
        fc.pre(documents.length > 0)
        const slices = documents.map((_, canaryIndex) => {
          const result = exportCanaryOnly(text, { documents, canaryIndex })
          return result.ok ? result.text : ''
        })
        expect(documents.length === 1 ? slices[0] : slices.join('')).toBe(text)
      }),
    )
  })
})

describe('exportEverything', () => {
  it('is the text exactly as edited', () => {
    const text = `${configMap}---\n${canary}`
    expect(exportEverything(text)).toBe(text)
  })
})
