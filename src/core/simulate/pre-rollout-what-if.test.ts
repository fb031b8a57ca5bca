import { describe, expect, it } from 'vitest'
import type { CanaryWebhook } from '../catalog/canary-fields.ts'
import { simulateFailingRun } from './failing-run.ts'
import { timelineFigures } from './figures.ts'
import { simulateAnalysis } from './scheduler.ts'
import { summarizeTimeline } from './summary.ts'
import { canaryWith, rows } from './test-fixtures.ts'

// Flagger v1.44 pkg/controller/scheduler.go advanceCanary: while the canary weight and status.iterations are 0 (and
// the VirtualService is not mirrored) it calls runPreRolloutHooks (scheduler_hooks.go) instead of runAnalysis, and a
// failure does SetStatusFailedChecks(failedChecks + 1) and returns, so the canary stays at weight 0 and the
// threshold test before the next analysis rolls it back. "Checks fail from tick K" fails pre-rollout hooks too
// (flagger-semantics.md "Conventions for our timeline output").

const k6: CanaryWebhook = {
  name: 'k6-load-test',
  type: 'pre-rollout',
  url: 'http://k6-loadtester.flagger/launch-test',
  timeout: '5m',
  metadata: { script: 'import http from "k6/http"' },
}
const match = [{ headers: { 'x-canary': { exact: 'insider' } } }]

describe('what-if: failing pre-rollout hooks are failed checks (scheduler.go runPreRolloutHooks)', () => {
  it('a Canary whose only check is a k6 pre-rollout hook rolls back after threshold failures at weight 0', () => {
    const canary = canaryWith({ stepWeight: 10, maxWeight: 50, webhooks: [k6], metrics: [] })
    const timeline = simulateAnalysis(canary, { failFromTick: 1 })
    expect(rows(timeline)).toEqual([
      'T0 — 100/0 Progressing',
      'T1 PRE 100/0 fc=1 Progressing',
      'T2 PRE 100/0 fc=2 Progressing',
      'T3 PRE 100/0 fc=3 Progressing',
      'T4 — 100/0 Failed',
    ])
    expect(timeline.ticks[1]?.events).toContain('Halt podinfo.test advancement pre-rollout check k6-load-test failed …')
    expect(summarizeTimeline(canary, simulateAnalysis(canary))).toContain(
      '3 failed checks roll back after 4m at the earliest',
    )
  })

  it('an A/B Canary with a pre-rollout hook and a metric failing from tick 1 never reaches the matched route', () => {
    const webhooks = [k6, { name: 'smoke', type: 'rollout' as const, url: 'http://loadtester/smoke' }]
    const timeline = simulateAnalysis(canaryWith({ iterations: 10, match, webhooks }), { failFromTick: 1 })
    expect(timeline.strategy).toBe('ab-testing')
    expect(rows(timeline)).toEqual([
      'T0 — 100/0 Progressing',
      'T1 PRE 100/0 fc=1 Progressing',
      'T2 PRE 100/0 fc=2 Progressing',
      'T3 PRE 100/0 fc=3 Progressing',
      'T4 — 100/0 Failed',
    ])
    expect(timeline.ticks.every((t) => !t.analysis)).toBe(true)
  })

  it('a failing tick after the pre-rollout tick fails the analysis as before', () => {
    const timeline = simulateAnalysis(canaryWith({ iterations: 10, match, webhooks: [k6] }), { failFromTick: 2 })
    expect(rows(timeline).slice(1, 3)).toEqual(['T1 PRE 0/100 it=1 Progressing', 'T2 — A 0/100 fc=1 it=1 Progressing'])
  })
})

describe('earliest rollback starts from the first tick at which any check runs', () => {
  it('with a pre-rollout hook: failures at T1, T2, T3 roll back at T4', () => {
    const run = simulateFailingRun(canaryWith({ stepWeight: 10, maxWeight: 50 }))
    expect(timelineFigures(run).rollbackSeconds).toBe(240)
    expect(rows(run)[1]).toBe('T1 RB,PRE 100/0 fc=1 Progressing')
  })

  it('without a pre-rollout hook: T1 has nothing to check, failures at T2, T3, T4 roll back at T5', () => {
    const webhooks = [{ name: 'load', type: 'rollout' as const, url: 'http://loadtester/' }]
    const run = simulateFailingRun(canaryWith({ stepWeight: 10, maxWeight: 50, webhooks }))
    expect(timelineFigures(run).rollbackSeconds).toBe(300)
    expect(rows(run).slice(1, 3)).toEqual(['T1 — 90/10 Progressing', 'T2 RO A 90/10 fc=1 Progressing'])
  })

  it('a Canary with no check at all cannot roll back on failed checks, and the summary says so', () => {
    const canary = canaryWith({ stepWeight: 10, maxWeight: 50, webhooks: [], metrics: [] })
    expect(simulateFailingRun(canary).outcome).toBe('promoted')
    expect(summarizeTimeline(canary, simulateAnalysis(canary))).toContain(
      'no metric, rollout or pre-rollout webhook can fail a check, so it cannot roll back on failed checks',
    )
  })
})

describe('summary wording', () => {
  it('"for 1 iteration", not "for 1 iterations" (A/B with iterations: 1)', () => {
    const canary = canaryWith({ iterations: 1, match, webhooks: [] })
    const summary = summarizeTimeline(canary, simulateAnalysis(canary))
    expect(summary).toContain('go to the canary for 1 iteration of 1m')
    const blueGreen = canaryWith({ iterations: 1, webhooks: [] })
    expect(summarizeTimeline(blueGreen, simulateAnalysis(blueGreen))).toContain('analysed for 1 iteration of 1m')
  })
})
