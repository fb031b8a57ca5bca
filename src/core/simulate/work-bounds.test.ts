import { describe, expect, it } from 'vitest'
import type { CanaryWebhook } from '../catalog/canary-fields.ts'
import { simulateAnalysis } from './scheduler.ts'
import { canaryWith } from './test-fixtures.ts'
import { maxEventsPerTick, maxSimulatedEvents } from './work-bounds.ts'

// Issue #18: `iterations: 1000000000` with thousands of webhooks crashed the tab and ran the CLI out of memory.

const hooks = (type: CanaryWebhook['type'], count: number): CanaryWebhook[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${type}-${i}`, type, url: `http://hook.test/${i}` }))

const countEvents = (ticks: readonly { events: readonly string[] }[]) => ticks.reduce((n, t) => n + t.events.length, 0)

describe('simulation work bounds', () => {
  it('cuts a run of a billion iterations with 3000 rollback webhooks, and says why', () => {
    const timeline = simulateAnalysis(
      canaryWith({ iterations: 1_000_000_000, webhooks: hooks('rollback', 3000), metrics: [] }),
    )
    expect(timeline).toMatchObject({ outcome: 'halted', truncated: true, finishedAtSeconds: null })
    expect(timeline.haltReason).toContain(`its limit is ${maxSimulatedEvents}`)
    expect(countEvents(timeline.ticks)).toBeLessThan(maxSimulatedEvents + maxEventsPerTick)
    // Besides the per-webhook lists, a tick logs a handful of its own events (new revision, starting analysis …).
    for (const tick of timeline.ticks) expect(tick.events.length).toBeLessThanOrEqual(maxEventsPerTick + 4)
  })

  it('lists at most maxEventsPerTick events per tick and counts the rest in one line', () => {
    const timeline = simulateAnalysis(
      canaryWith({ iterations: 2, webhooks: [...hooks('confirm-rollout', 120), ...hooks('post-rollout', 500)] }),
    )
    const first = timeline.ticks[0]?.events ?? []
    expect(first.length).toBeLessThanOrEqual(maxEventsPerTick + 1)
    expect(first[0]).toBe('Confirm-rollout check confirm-rollout-0 passed')
    expect(first.filter((e) => e.startsWith('Confirm-rollout check'))).toHaveLength(maxEventsPerTick - 1)
    expect(first[maxEventsPerTick - 1]).toMatch(/^… and 71 more events like the one above \(one per webhook\)/)
    const last = timeline.ticks.at(-1)?.events ?? []
    expect(last.length).toBeLessThanOrEqual(maxEventsPerTick + 4)
    expect(last.some((e) => e.includes('more events like the one above'))).toBe(true)
  })

  it('lists every event when they fit', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 2, webhooks: hooks('confirm-rollout', 3) }))
    expect(timeline.ticks[0]?.events.filter((e) => e.startsWith('Confirm-rollout check'))).toHaveLength(3)
    expect(timeline.ticks[0]?.events.some((e) => e.includes('more events'))).toBe(false)
  })
})
