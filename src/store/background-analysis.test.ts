import { describe, expect, it } from 'vitest'
import { analyzeText } from '../core/analyze.ts'
import { toSnapshot } from '../core/analysis-transfer.ts'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from './create-studio-store.ts'
import {
  analyzeOffThreadAbove,
  selectIsAnalysisPending,
  type AnalysisOutcome,
  type AnalysisRequest,
  type AnalysisRunner,
} from './deferred-analysis.ts'
import { loadDocument } from './intents/load-document.ts'
import { replaceText } from './intents/replace-text.ts'
import { setField } from './intents/set-field.ts'
import { undo } from './intents/undo.ts'

/** A runner whose answers the test releases: each request waits until `answer` or `stop` is called for it. */
function heldRunner() {
  const held: { request: AnalysisRequest; resolve: (o: AnalysisOutcome | undefined) => void }[] = []
  const runner: AnalysisRunner = {
    analyze: (request) => new Promise((resolve) => held.push({ request, resolve })),
  }
  const settle = async () => {
    for (let i = 0; i < 3; i++) await Promise.resolve()
  }
  return {
    runner,
    held,
    answer: async (i = held.length - 1) => {
      const job = held[i]!
      job.resolve({
        ok: true,
        snapshot: structuredClone(toSnapshot(analyzeText(job.request.text, undefined, job.request.chosenCanaryIndex))),
      })
      await settle()
    },
    stop: async (reason: string, i = held.length - 1) => {
      held[i]!.resolve({ ok: false, reason })
      await settle()
    },
  }
}

const padding = (n: number) =>
  `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  notes: |\n${'    x\n'.repeat(n / 6 + 10)}`
const large = `${podinfoCanaryYaml}${padding(analyzeOffThreadAbove)}`
const maxWeight = (s: ReturnType<ReturnType<typeof createStudioStore>['getState']>) =>
  s.analysis.canary?.spec?.analysis?.maxWeight

describe('analysis of large texts by the store’s runner (a worker in the app)', () => {
  it('keeps small texts in place: no request, views in step at once', () => {
    const r = heldRunner()
    const store = createStudioStore(podinfoCanaryYaml, {}, r.runner)
    replaceText(store, podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 40'), 'import')
    expect(r.held).toHaveLength(0)
    expect(maxWeight(store.getState())).toBe(40)
  })

  it('starts a large text pending, and the answer lands as its analysis', async () => {
    const r = heldRunner()
    const store = createStudioStore(large, {}, r.runner)
    expect(store.getState().text).toBe(large)
    expect(selectIsAnalysisPending(store.getState())).toBe(true)
    expect(r.held[0]?.request).toEqual({ text: large, chosenCanaryIndex: undefined, fresh: true })
    await r.answer()
    expect(selectIsAnalysisPending(store.getState())).toBe(false)
    expect(store.getState().analysis.status).toBe('ok')
    expect(maxWeight(store.getState())).toBe(50)
  })

  it('drops an answer for a text that moved on, and lands the latest', async () => {
    const r = heldRunner()
    const store = createStudioStore(podinfoCanaryYaml, {}, r.runner)
    replaceText(store, large, 'import')
    const second = large.replace('maxWeight: 50', 'maxWeight: 30')
    replaceText(store, second, 'import')
    await r.answer(0)
    expect(selectIsAnalysisPending(store.getState())).toBe(true)
    expect(maxWeight(store.getState())).toBe(50)
    await r.answer(1)
    expect(store.getState().analysis.text).toBe(second)
    expect(maxWeight(store.getState())).toBe(30)
  })

  it('drops a late answer once the text was analysed in place (a form edit flushes first)', async () => {
    const r = heldRunner()
    const store = createStudioStore(podinfoCanaryYaml, {}, r.runner)
    replaceText(store, large, 'import')
    setField(store, ['spec', 'analysis', 'stepWeight'], 5)
    const { text } = store.getState()
    expect(text).toContain('stepWeight: 5')
    // The edited text is large too: it went to the runner after the in-place flush.
    await r.answer(r.held.length - 1)
    expect(store.getState().analysis.text).toBe(text)
    await r.answer(0)
    expect(store.getState().analysis.text).toBe(text)
    expect(store.getState().analysis.canary?.spec?.analysis?.stepWeight).toBe(5)
  })

  it('a stopped analysis keeps the text and the last Canary, and the form says why it waits', async () => {
    const r = heldRunner()
    const store = createStudioStore(podinfoCanaryYaml, {}, r.runner)
    const before = store.getState().analysis.canary
    replaceText(store, large, 'import')
    await r.stop('Analysing this document took longer than 20 s')
    const { analysis, text } = store.getState()
    expect(text).toBe(large)
    expect(selectIsAnalysisPending(store.getState())).toBe(false)
    expect(analysis.status).toBe('invalid')
    expect(analysis.lastGoodCanary).toBe(before)
    expect(analysis.diagnostics[0]?.message).toContain('longer than 20 s')
    const result = setField(store, ['spec', 'analysis', 'stepWeight'], 5)
    expect(result.ok).toBe(false)
    expect(store.getState().ui.notice?.message).toContain('could not be analysed in time')
    expect(store.getState().text).toBe(large)
  })

  it('a loaded document is analysed fresh, with the Canary chosen, even when typed in before its answer', async () => {
    const r = heldRunner()
    const store = createStudioStore(podinfoCanaryYaml, {}, r.runner)
    const two = `${podinfoCanaryYaml}---\n${podinfoCanaryYaml.replace('name: podinfo\n', 'name: second\n')}${padding(analyzeOffThreadAbove)}`
    loadDocument(store, two, 'file', 1)
    expect(r.held[0]?.request).toMatchObject({ fresh: true, chosenCanaryIndex: 1 })
    replaceText(store, `# typed\n${two}`, 'import')
    expect(r.held[1]?.request).toMatchObject({ fresh: true, chosenCanaryIndex: 1 })
    await r.answer(1)
    expect(store.getState().analysis.canary?.metadata?.name).toBe('second')
  })

  it('undo of a large text asks the runner too', async () => {
    const r = heldRunner()
    const store = createStudioStore(podinfoCanaryYaml, {}, r.runner)
    replaceText(store, large, 'import')
    await r.answer()
    replaceText(store, large.replace('maxWeight: 50', 'maxWeight: 20'), 'import')
    await r.answer()
    expect(maxWeight(store.getState())).toBe(20)
    undo(store)
    expect(r.held).toHaveLength(3)
    await r.answer()
    expect(maxWeight(store.getState())).toBe(50)
  })
})
