import { describe, expect, it } from 'vitest'
import { analyzeText } from './analyze.ts'
import { fromSnapshot, stoppedAnalysis, toSnapshot } from './analysis-transfer.ts'
import { podinfoCanaryYaml } from './samples/podinfo.ts'
import { templates } from './templates/templates.ts'

const cloned = (text: string) => structuredClone(toSnapshot(analyzeText(text)))

describe('analysis snapshots (what crosses from the analysis worker)', () => {
  it('carry no text, and come back equal to the analysis they were made of', () => {
    for (const text of [...templates.map((t) => t.text), 'kind: Canary\nspec: [', '', 'a: b\n']) {
      const snapshot = cloned(text)
      expect(Object.keys(snapshot)).not.toContain('text')
      expect(Object.keys(snapshot.parsed)).not.toContain('text')
      expect(fromSnapshot(snapshot, text, undefined)).toEqual(analyzeText(text))
    }
  })

  it('share every part equal to the analysis shown now, so views keyed on identity skip it', () => {
    const before = analyzeText(podinfoCanaryYaml)
    const text = podinfoCanaryYaml.replace('# One analysis step', '# One step')
    const after = fromSnapshot(cloned(text), text, before)
    expect(after.canary).toBe(before.canary)
    expect(after.parsed.canary).toBe(after.canary)
    expect(after.timeline).toBe(before.timeline)
    expect(after.findings).toBe(before.findings)
    const changed = podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 40')
    const edited = fromSnapshot(cloned(changed), changed, before)
    expect(edited.canary).not.toBe(before.canary)
    expect(edited.canary?.spec?.targetRef).toBe(before.canary?.spec?.targetRef)
  })

  it('a stopped analysis keeps the text and the last Canary, and says why in one error', () => {
    const before = analyzeText(podinfoCanaryYaml)
    const stopped = stoppedAnalysis('huge: text', before, 'took too long')
    expect(stopped.text).toBe('huge: text')
    expect(stopped.status).toBe('invalid')
    expect(stopped.lastGoodCanary).toBe(before.canary)
    expect(stopped.timeline).toBe(before.timeline)
    expect(stopped.diagnostics).toEqual([
      expect.objectContaining({ rule: 'analysis-stopped', message: 'took too long' }),
    ])
  })
})
