import { describe, expect, it } from 'vitest'
import { createStudioStore } from './create-studio-store.ts'
import { selectTick } from './intents/select-tick.ts'
import { loadDocument } from './intents/load-document.ts'
import { replaceText } from './intents/replace-text.ts'
import { setWhatIf } from './intents/set-what-if.ts'
import { selectActiveTickIndex, selectRouting, selectTimeline } from './selectors.ts'

const canary = `apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service: {port: 9898}
  analysis: {interval: 1m, threshold: 3, maxWeight: 50, stepWeight: 10}
`

describe('tick selectors', () => {
  it('default to the first tick with canary traffic and follow the chosen tick', () => {
    const store = createStudioStore(canary)
    expect(selectActiveTickIndex(store.getState())).toBe(1)
    expect(selectRouting(store.getState()).canaryWeight).toBe(10)
    selectTick(store, 3)
    expect(selectRouting(store.getState()).canaryWeight).toBe(30)
    selectTick(store, 999)
    expect(selectActiveTickIndex(store.getState())).toBe(store.getState().analysis.timeline!.ticks.length - 1)
    selectTick(store, null)
    expect(selectActiveTickIndex(store.getState())).toBe(1)
  })

  it('return the same routing object while the tick is unchanged', () => {
    const store = createStudioStore(canary)
    expect(selectRouting(store.getState())).toBe(selectRouting(store.getState()))
  })

  it('keep the routing object when an edit re-simulates the run but the shown weights stay, and replace it when they change', () => {
    const store = createStudioStore(canary)
    const routing = selectRouting(store.getState())
    const timeline = store.getState().analysis.timeline
    replaceText(store, canary.replace('maxWeight: 50', 'maxWeight: 40'), 'editor')
    expect(store.getState().analysis.timeline).not.toBe(timeline)
    expect(selectRouting(store.getState())).toBe(routing)
    replaceText(store, canary.replace('stepWeight: 10', 'stepWeight: 20'), 'editor')
    expect(selectRouting(store.getState())).toMatchObject({ primaryWeight: 80, canaryWeight: 20 })
  })
})

const checked = canary.replace('stepWeight: 10}', 'stepWeight: 10, metrics: [{name: request-success-rate, thresholdRange: {min: 99}}]}')

describe('what-if timeline', () => {
  it('is the plain run without a what-if, and the what-if run (memoised) with one', () => {
    const store = createStudioStore(checked)
    expect(selectTimeline(store.getState())).toBe(store.getState().analysis.timeline)
    setWhatIf(store, { failFromTick: 3 })
    const run = selectTimeline(store.getState())
    expect(run?.outcome).toBe('rolled-back')
    expect(selectTimeline(store.getState())).toBe(run)
    // Flagger semantics a.9 Ex1: failing from T3, weights freeze at 20 and T6 rolls back.
    selectTick(store, 5)
    expect(selectRouting(store.getState()).canaryWeight).toBe(20)
    selectTick(store, 6)
    expect(selectRouting(store.getState()).canaryWeight).toBe(0)
    expect(store.getState().analysis.timeline?.outcome).toBe('promoted')
  })

  it('treats a what-if with nothing set as none, and is cleared by loading a document', () => {
    const store = createStudioStore(canary)
    const before = store.getState()
    setWhatIf(store, { failFromTick: undefined, failAtTicks: [] })
    expect(store.getState()).toBe(before)
    setWhatIf(store, { gateRefusals: [{ type: 'confirm-promotion', fromTick: 0 }] })
    expect(store.getState().whatIf.gateRefusals).toHaveLength(1)
    loadDocument(store, canary, 'file')
    expect(selectTimeline(store.getState())).toBe(store.getState().analysis.timeline)
  })
})
