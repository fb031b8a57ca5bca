import { describe, expect, it } from 'vitest'
import { hasReference, referenceExamples } from '../../test-support/shared-reference.ts'
import { inspectImport } from './inspect-import.ts'

const canary = (name: string, namespace = 'test') => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  targetRef: { apiVersion: apps/v1, kind: Deployment, name: ${name} }
  analysis: { interval: 1m, threshold: 5, stepWeight: 10 }
`
const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: podinfo
`

/** The problem a loadable text is opened with. */
const problemOf = (text: string) => {
  const result = inspectImport(text)
  expect(result).toMatchObject({ ok: true, text })
  return result.ok ? result.problem : undefined
}

const messageOf = (text: string, maxBytes?: number) => {
  const result = inspectImport(text, maxBytes === undefined ? {} : { maxBytes })
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.message
}

describe('inspectImport', () => {
  it('accepts one Canary and returns the text unchanged', () => {
    const text = `# my canary\n${canary('podinfo')}`
    expect(inspectImport(text)).toEqual({
      ok: true,
      text,
      canaries: [{ documentIndex: 0, name: 'podinfo', namespace: 'test' }],
      documentCount: 1,
    })
  })

  it('lists every Canary of a multi-document file and keeps the other documents', () => {
    const text = `${deployment}---\n${canary('frontend', 'web')}---\n${canary('backend')}`
    const result = inspectImport(text)
    expect(result).toEqual({
      ok: true,
      text,
      canaries: [
        { documentIndex: 1, name: 'frontend', namespace: 'web' },
        { documentIndex: 2, name: 'backend', namespace: 'test' },
      ],
      documentCount: 3,
    })
  })

  it('refuses a file that is too large before parsing it', () => {
    expect(messageOf(canary('podinfo'), 100)).toMatch(
      /^The file is too large to import \(\d+ bytes; the limit is 100 bytes\)\.$/,
    )
    expect(messageOf('#'.repeat(6 * 1024 * 1024))).toBe(
      'The file is too large to import (6.0 MB; the limit is 5.0 MB).',
    )
    // Counted in UTF-8 bytes, not characters: 40 three-byte characters are 120 bytes.
    expect(messageOf(`# ${'€'.repeat(40)}`, 100)).toContain('too large')
  })

  it('refuses binary junk and mis-decoded text; opens empty text as it is', () => {
    expect(problemOf('  \n\n')).toBe('The file is empty.')
    expect(messageOf('PK\u0003\u0004\u0000\u0000kind: Canary')).toBe('This looks like a binary file, not YAML text.')
    expect(messageOf(`${canary('podinfo')}# caf\uFFFD\n`)).toContain('not valid UTF-8')
  })

  it('opens invalid YAML as it is, with the line and column of the first error', () => {
    expect(problemOf(`${canary('podinfo')}  stepWeights: [10, 20\n`)).toMatch(
      /^This is not valid YAML \(line 10, column \d+\): .+\. Fix it in the editor\.$/,
    )
    expect(problemOf('kind: Canary\nkind: Canary\n')).toBe(
      'This is not valid YAML (line 2, column 1): Map keys must be unique (DUPLICATE_KEY). Fix it in the editor.',
    )
    expect(inspectImport('kind: Canary\nkind: Canary\n')).toMatchObject({ canaries: [] })
  })

  it('opens an alias bomb as text instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 8; i++)
      levels.push(
        `${'b'.repeat(i)}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      )
    expect(problemOf(`${levels.join('\n')}\nkind: Canary\n`)).toContain('not valid YAML')
  })

  it('says which documents it found when none is a Canary', () => {
    expect(problemOf(`${deployment}---\nplain text\n`)).toBe(
      'There is no Canary in this file: no document has `kind: Canary` (apiVersion flagger.app/v1beta1). It holds: Deployment podinfo, a plain value.',
    )
  })

  it('explains a kubectl List of Canaries', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - ${canary('podinfo').trimEnd().replaceAll('\n', '\n    ')}\n`
    expect(problemOf(list)).toContain('Kubernetes List')
  })
})

describe.skipIf(!hasReference)('inspectImport on the upstream examples', () => {
  it.each(referenceExamples())(
    '%s: imports every example that is YAML, and names the problem of the rest',
    (file, text) => {
      const result = inspectImport(text)
      if (file.endsWith('-fragment.yaml')) expect(result.ok && result.problem).toMatch(/./)
      else expect(result).toMatchObject({ ok: true, text, canaries: [{ documentIndex: 0 }], documentCount: 1 })
    },
  )
})
