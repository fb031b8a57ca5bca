import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatPath } from '../diagnostic.ts'
import { applyFix, cleanCanary, lint, withValue } from '../../test-support/lint-fixtures.ts'
import { lintRules } from './rule-registry.ts'
import { a, cases, s, type Edit } from '../../test-support/lint-rule-cases.ts'

const edit = (edits: readonly Edit[]) =>
  edits.reduce<unknown>((doc, [path, value]) => withValue(doc, path, value), cleanCanary())
const ruleIds = lintRules.map((r) => r.id)

describe('lint rules', () => {
  it('max-weight-not-multiple-of-step-weight stays quiet when the last step is capped at maxWeight 100', () => {
    const doc = edit([
      [a('maxWeight'), 100],
      [a('stepWeight'), 30],
    ])
    expect(lint(doc).filter((d) => d.rule === 'max-weight-not-multiple-of-step-weight')).toEqual([])
  })

  it('duration-not-go-duration is only info for template metrics (Graphite accepts 1min) and warns of primary cookies', () => {
    const templated = { name: 'errors', templateRef: { name: 'errors' }, interval: '1min', thresholdRange: { max: 1 } }
    const found = lint(edit([[a('metrics', 2), templated]])).find((d) => d.rule === 'duration-not-go-duration')
    expect(found?.severity).toBe('info')
    const cookie = edit([
      [a('interval'), '1min'],
      [a('sessionAffinity'), { cookieName: 'c', primaryCookieName: 'p' }],
    ])
    expect(lint(cookie).find((d) => d.rule === 'duration-not-go-duration')?.message).toContain(
      'every weight change fails',
    )
  })

  it('duration-not-go-duration suggests 1m30s for 1m30', () => {
    const found = lint(edit([[a('interval'), '1m30']])).find((d) => d.rule === 'duration-not-go-duration')
    expect(found?.fixes?.[0]).toMatchObject({ value: '1m30s' })
  })

  it('field-ignored-by-provider covers the Istio-only fields under another provider', () => {
    const doc = [
      [['spec', 'provider'], 'kuma'],
      [s('hosts'), undefined],
      [a('mirrorWeight'), 50],
      [a('mirror'), true],
      [s('trafficPolicy'), { tls: { mode: 'DISABLE' } }],
      [s('delegation'), false],
    ] as const
    const found = lint(edit(doc))
      .filter((d) => d.rule === 'field-ignored-by-provider')
      .map((d) => formatPath(d.path ?? []))
    expect(found).toEqual([
      'spec.service.delegation',
      'spec.service.gateways',
      'spec.service.trafficPolicy',
      'spec.analysis.mirror',
      'spec.analysis.mirrorWeight',
    ])
  })

  it('start from a Canary with no diagnostics at all', () => {
    expect(lint(cleanCanary())).toEqual([])
  })

  it('have unique ids, one file per rule named after it, and a test case each', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'rules')
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    expect([...ruleIds].sort()).toEqual(files.sort())
    expect(Object.keys(cases).sort()).toEqual([...ruleIds].sort())
    expect(ruleIds.length).toBeGreaterThanOrEqual(20)
  })

  describe.each(Object.entries(cases))('%s', (id, c) => {
    it('triggers, pointing at the field', () => {
      const found = lint(edit(c.trigger), c.provider, c.documents).filter((d) => d.rule === id)
      expect(found.map((d) => formatPath(d.path ?? []))).toContain(c.at)
      for (const d of found) expect(d.message.length).toBeGreaterThan(40)
    })

    it('stays quiet on the near miss', () => {
      expect(lint(edit(c.nearMiss), c.provider, c.nearMissDocuments).filter((d) => d.rule === id)).toEqual([])
    })

    it('is resolved by its first quick fix, when it offers one', () => {
      const doc = edit(c.trigger)
      const fix = lint(doc, c.provider, c.documents).find((d) => d.rule === id && formatPath(d.path ?? []) === c.at)
        ?.fixes?.[0]
      if (!fix) return
      const after = lint(applyFix(doc, fix), c.provider, c.documents).filter(
        (d) => d.rule === id && formatPath(d.path ?? []) === c.at,
      )
      expect(after).toEqual([])
    })
  })
})
