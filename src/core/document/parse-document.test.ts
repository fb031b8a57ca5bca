import { describe, expect, it } from 'vitest'
import { chooseCanaryIn, forgetRecentParses, parseDocument } from './parse-document.ts'

const canary = `# the canary
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
  namespace: test
spec:
  analysis:
    threshold: 5
`

describe('parseDocument', () => {
  it('reads a Canary into its typed view', () => {
    const parsed = parseDocument(canary)
    expect(parsed.status).toBe('ok')
    expect(parsed.canaryIndex).toBe(0)
    expect(parsed.canary?.spec?.analysis?.threshold).toBe(5)
    expect(parsed.documents[0]).toMatchObject({
      kind: 'Canary',
      name: 'podinfo',
      namespace: 'test',
      from: 0,
      to: canary.length,
    })
    expect(parsed.diagnostics).toEqual([])
  })

  it('lists every document of a multi-document file with its range and edits the first Canary', () => {
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: podinfo\n'
    const text = `${deployment}---\n${canary}---\n${canary.replace('podinfo', 'second')}`
    const parsed = parseDocument(text)
    expect(parsed.documents.map((d) => [d.kind, d.name])).toEqual([
      ['Deployment', 'podinfo'],
      ['Canary', 'podinfo'],
      ['Canary', 'second'],
    ])
    expect(parsed.canaryIndex).toBe(1)
    expect(parsed.documents.map((d) => text.slice(d.from, d.to)).join('')).toBe(text)
    expect(text.slice(parsed.documents[1]?.from, parsed.documents[1]?.to)).toBe(`---\n${canary}`)
    expect(parseDocument(text, { canaryIndex: 2 }).canary?.metadata?.name).toBe('second')
    expect(parseDocument(text, { canaryIndex: 0 }).status).toBe('no-canary')
  })

  it('calls blank and comment-only text empty, and other kinds no-canary', () => {
    expect(parseDocument('').status).toBe('empty')
    expect(parseDocument('# nothing here\n\n').status).toBe('empty')
    const other = parseDocument('kind: Deployment\n')
    expect(other.status).toBe('no-canary')
    expect(other.diagnostics.map((d) => d.rule)).toEqual(['no-canary'])
  })

  it('reports syntax errors with 1-based line and column and keeps the text', () => {
    const text = 'kind: Canary\nspec:\n  analysis: [1, 2\n  x: 1\n'
    const parsed = parseDocument(text)
    expect(parsed.status).toBe('invalid')
    expect(parsed.canary).toBeUndefined()
    const error = parsed.diagnostics.find((d) => d.rule === 'yaml-syntax')
    expect(error?.severity).toBe('error')
    expect(error?.range?.start.line).toBeGreaterThanOrEqual(3)
    expect(error?.message).not.toMatch(/at line/)
    expect(parsed.text).toBe(text)
  })

  it('counts a broken document before the Canary only as a diagnostic', () => {
    const text = 'a: [1\n---\n' + canary
    const parsed = parseDocument(text)
    expect(parsed.status).toBe('ok')
    expect(parsed.documents[0]?.hasErrors).toBe(true)
    expect(parsed.diagnostics.some((d) => d.rule === 'yaml-syntax')).toBe(true)
  })

  it('gives schema type errors a path and a range', () => {
    const parsed = parseDocument(canary.replace('threshold: 5', 'threshold: three'))
    const [error] = parsed.diagnostics
    expect(error).toMatchObject({ rule: 'schema-type', path: ['spec', 'analysis', 'threshold'] })
    expect(error?.range?.start).toMatchObject({ line: 9, column: 5 })
    expect(error?.range?.end).toMatchObject({ line: 9, column: 21 })
  })

  it('reads YAML the way kubectl does: yes is true, timestamps stay strings', () => {
    const parsed = parseDocument('kind: Canary\nspec:\n  skipAnalysis: yes\nmetadata:\n  name: 2024-01-01\n')
    expect(parsed.canary?.spec?.skipAnalysis).toBe(true)
    expect(parsed.documents[0]?.data).toMatchObject({ metadata: { name: '2024-01-01' } })
  })

  it('stops an alias bomb quickly with a diagnostic', () => {
    let text = 'kind: Canary\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
    for (let i = 1; i < 10; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`
    const started = performance.now()
    const parsed = parseDocument(text)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(parsed.status).toBe('invalid')
    expect(parsed.diagnostics.some((d) => d.message.includes('Aliases'))).toBe(true)
  })

  it('handles CRLF line endings', () => {
    const parsed = parseDocument(canary.replace(/\n/g, '\r\n'))
    expect(parsed.status).toBe('ok')
    expect(parsed.canary?.metadata?.name).toBe('podinfo')
  })
})

describe('chooseCanaryIn', () => {
  const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web # a comment\n'
  const canary = (name: string) =>
    `apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata:\n  name: ${name}\nspec:\n  analysis:\n    interval: 1m\n`
  const text = `${service}---\n${canary('a')}---\n${canary('b')}`

  it.each([[undefined], [0], [1], [2], [5]])('gives what a full parse with canaryIndex %s gives', (canaryIndex) => {
    const chosenFirst = parseDocument(text, { canaryIndex: 2 })
    const again = chooseCanaryIn(chosenFirst, { canaryIndex })
    forgetRecentParses()
    const full = parseDocument(text, { canaryIndex })
    expect(again).toStrictEqual(full)
    expect(again.canary?.metadata?.name).toBe(full.canary?.metadata?.name)
  })
})
