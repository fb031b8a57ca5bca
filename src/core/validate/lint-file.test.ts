import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../analyze.ts'

const fixture = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../test-support/fixtures/lint/virtual-service-taken-over.yaml'),
  'utf8',
)
// The same file with the VirtualService (the first document) under another name.
const renamed = fixture.replace('name: podinfo\n', 'name: podinfo-legacy\n')

describe('lintFile in the app (analyzeText)', () => {
  it('re-lints when a document beside the Canary changes, even though the Canary did not', () => {
    const before = analyzeText(renamed)
    expect(before.findings.some((d) => d.rule === 'virtual-service-taken-over')).toBe(false)
    const after = analyzeText(fixture, before)
    const found = after.findings.find((d) => d.rule === 'virtual-service-taken-over')
    expect(found?.message).toContain('Lost: hosts podinfo.internal.example.com (Flagger writes podinfo)')
    expect(found?.message).toContain('gateways istio-system/internal-gateway (Flagger writes mesh)')
  })
})
