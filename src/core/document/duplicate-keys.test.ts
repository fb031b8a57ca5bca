import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { reportDuplicateKeys } from './duplicate-keys.ts'
import { yamlOptions } from './parse-state.ts'

const errorsOf = (text: string, uniqueKeys: boolean) => {
  const docs = parseAllDocuments(text, { ...yamlOptions, uniqueKeys })
  if (!Array.isArray(docs)) return []
  if (!uniqueKeys) reportDuplicateKeys(docs)
  return docs.flatMap((d) => d.errors.map((e) => `${e.code}@${e.pos.join('-')}: ${e.message}`))
}

describe('reportDuplicateKeys', () => {
  it.each([
    'a: 1\nb: 2\na: 3\n',
    'spec:\n  x: 1\n  x: 2\n---\nk: { p: 1, p: 2 }\n',
    'list:\n  - n: 1\n    n: 1\n  - n: 2\n1: a\n"1": b\n',
    'a: 1\n  bad indent: [\nb: 2\nb: 3\n',
    '? [x]\n: 1\n? [x]\n: 2\n',
  ])('reports what the library’s quadratic uniqueKeys check reports, at the same place: %j', (text) => {
    expect(errorsOf(text, false)).toEqual(errorsOf(text, true))
  })

  it('finds the one duplicate among 20000 keys', () => {
    const text = `a:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: ${i}`).join('\n')}\n  k7: again\n`
    expect(errorsOf(text, false)).toEqual([
      `DUPLICATE_KEY@${text.lastIndexOf('k7')}-${text.lastIndexOf('k7') + 1}: Map keys must be unique`,
    ])
  })
})
