import { describe, expect, it } from 'vitest'
import { createStudioStore } from './create-studio-store.ts'
import { selectTick } from './intents/select-tick.ts'
import { selectActiveTickIndex, selectRouting } from './selectors.ts'

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
})
