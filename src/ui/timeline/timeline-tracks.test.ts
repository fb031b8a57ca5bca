import { describe, expect, it } from 'vitest'
import type { Canary } from '../../core/catalog/canary-fields.ts'
import { simulateAnalysis } from '../../core/simulate/scheduler.ts'
import { definedGates, hookLanes, phaseRuns, runsBy, weightCorners } from './timeline-tracks.ts'

const canary = (webhooks: { name: string; type?: string }[]): Canary =>
  ({
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: 'podinfo' },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
      service: { port: 9898 },
      analysis: { interval: '1m', threshold: 3, maxWeight: 50, stepWeight: 10, webhooks: webhooks.map((w) => ({ url: 'http://x/', ...w })) },
    },
  }) as Canary

describe('hookLanes and definedGates', () => {
  it('list the defined stages in Flagger call order, an empty type counting as rollout', () => {
    const c = canary([{ name: 'a', type: 'post-rollout' }, { name: 'b', type: '' }, { name: 'c', type: 'confirm-promotion' }, { name: 'd', type: 'confirm-rollout' }])
    expect(hookLanes(c)).toEqual(['confirm-rollout', 'rollout', 'confirm-promotion', 'post-rollout'])
    expect(definedGates(c)).toEqual(['confirm-rollout', 'confirm-promotion'])
    expect(hookLanes(undefined)).toEqual([])
  })
})

describe('tracks of a simulated run (flagger-semantics §a.9 Ex1)', () => {
  const timeline = simulateAnalysis(canary([{ name: 'pre', type: 'pre-rollout' }, { name: 'load', type: 'rollout' }]))

  it('merge phases into bands', () => {
    expect(phaseRuns(timeline.ticks).map((r) => [r.value, r.from, r.to])).toEqual([
      ['Progressing', 0, 5],
      ['Promoting', 6, 6],
      ['Finalising', 7, 7],
      ['Succeeded', 8, 8],
    ])
  })

  it('keep only the corners of the weight step line', () => {
    expect(weightCorners(timeline.ticks)).toEqual([
      { tick: 0, weight: 0 },
      { tick: 1, weight: 10 },
      { tick: 2, weight: 20 },
      { tick: 3, weight: 30 },
      { tick: 4, weight: 40 },
      { tick: 5, weight: 50 },
      { tick: 7, weight: 0 },
    ])
  })

  it('merge consecutive ticks into runs and leave gaps for undefined keys', () => {
    const rollout = runsBy(timeline.ticks, (t) => (t.hooks.includes('rollout') ? true : undefined))
    expect(rollout.map((r) => [r.from, r.to])).toEqual([[2, 6]])
    const pre = runsBy(timeline.ticks, (t) => (t.hooks.includes('pre-rollout') ? true : undefined))
    expect(pre.map((r) => [r.from, r.to])).toEqual([[1, 1]])
  })
})
