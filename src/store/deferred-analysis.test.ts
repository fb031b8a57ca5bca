import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from './create-studio-store.ts'
import { analysisPauseMs, deferAnalysisAbove, selectIsAnalysisPending } from './deferred-analysis.ts'
import { applyFix } from './intents/apply-fix.ts'
import { replaceText } from './intents/replace-text.ts'
import { setField } from './intents/set-field.ts'

// The sample plus a ConfigMap big enough to cross the threshold.
const padding = `\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  notes: |\n${'    x\n'.repeat(deferAnalysisAbove / 6 + 10)}`
const large = podinfoCanaryYaml + padding

describe('deferred analysis of large texts', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('records editor keystrokes in a large text at once and analyses when typing pauses', () => {
    const store = createStudioStore(large)
    const typed = large.replace('maxWeight: 50', 'maxWeight: 40')
    replaceText(store, typed, 'editor')
    expect(store.getState().text).toBe(typed)
    expect(selectIsAnalysisPending(store.getState())).toBe(true)
    expect(store.getState().analysis.canary?.spec?.analysis?.maxWeight).toBe(50)
    vi.advanceTimersByTime(analysisPauseMs - 1)
    const again = typed.replace('maxWeight: 40', 'maxWeight: 45')
    replaceText(store, again, 'editor')
    vi.advanceTimersByTime(analysisPauseMs - 1)
    expect(selectIsAnalysisPending(store.getState())).toBe(true)
    vi.advanceTimersByTime(1)
    expect(selectIsAnalysisPending(store.getState())).toBe(false)
    expect(store.getState().analysis.canary?.spec?.analysis?.maxWeight).toBe(45)
    expect(store.getState().history.past.length).toBeGreaterThan(0)
  })

  it('analyses small texts and non-editor changes at once', () => {
    const small = createStudioStore(podinfoCanaryYaml)
    replaceText(small, podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 40'), 'editor')
    expect(small.getState().analysis.canary?.spec?.analysis?.maxWeight).toBe(40)
    const big = createStudioStore(large)
    replaceText(big, large.replace('maxWeight: 50', 'maxWeight: 40'), 'import')
    expect(selectIsAnalysisPending(big.getState())).toBe(false)
  })

  it('a form edit during the pause first analyses the text it edits, keeping the typed change', () => {
    const store = createStudioStore(large)
    replaceText(store, large.replace('maxWeight: 50', 'maxWeight: 40'), 'editor')
    setField(store, ['spec', 'analysis', 'stepWeight'], 5)
    const { text, analysis } = store.getState()
    expect(text).toContain('maxWeight: 40')
    expect(text).toContain('stepWeight: 5')
    expect(analysis.text).toBe(text)
  })

  it('refuses a text-range fix found in an earlier text', () => {
    const store = createStudioStore(large)
    replaceText(store, `# moved\n${large}`, 'editor')
    const result = applyFix(store, { kind: 'replace-text', title: 'x', from: 0, to: 3, text: 'abc' })
    expect(result.ok).toBe(false)
    expect(store.getState().text.startsWith('# moved')).toBe(true)
  })
})
