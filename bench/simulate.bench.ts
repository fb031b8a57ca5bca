// Benchmark (a printed figure, not a test): how fast simulateAnalysis runs a long analysis.
// Run: node --import tsx bench/simulate.bench.ts
import type { Canary } from '../src/core/catalog/canary-fields.ts'
import { simulateAnalysis } from '../src/core/simulate/scheduler.ts'
import { summarizeTimeline } from '../src/core/simulate/summary.ts'

const hooks = (['confirm-rollout', 'pre-rollout', 'rollout', 'confirm-promotion', 'post-rollout', 'rollback'] as const).map((type) => ({
  name: type,
  type,
  url: `http://loadtester/${type}`,
}))

function canaryWith(analysis: NonNullable<NonNullable<Canary['spec']>['analysis']>): Canary {
  return {
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' }, service: { port: 9898 }, analysis },
  }
}

const cases: [string, Canary][] = [
  ['blue/green + mirror, iterations 10000', canaryWith({ interval: '1m', threshold: 5, iterations: 10_000, mirror: true, webhooks: hooks })],
  ['A/B, iterations 10000', canaryWith({ interval: '1m', threshold: 5, iterations: 10_000, match: [{ headers: { x: { exact: 'y' } } }], webhooks: hooks })],
  ['canary, stepWeight 10, maxWeight 50', canaryWith({ interval: '1m', threshold: 5, stepWeight: 10, maxWeight: 50, webhooks: hooks })],
]

function measure(label: string, canary: Canary): void {
  const warm = simulateAnalysis(canary)
  const ticks = warm.ticks.length
  const runs = Math.max(5, Math.ceil(200_000 / ticks))
  const start = performance.now()
  for (let i = 0; i < runs; i++) simulateAnalysis(canary)
  const msPerRun = (performance.now() - start) / runs
  const ticksPerSecond = (ticks / msPerRun) * 1000
  console.log(`${label.padEnd(46)} ${String(ticks).padStart(6)} ticks  ${msPerRun.toFixed(3).padStart(8)} ms/run  ${Math.round(ticksPerSecond).toLocaleString('en-US').padStart(11)} ticks/s  (${runs} runs, outcome ${warm.outcome})`)
}

function measureSummary(label: string, canary: Canary): void {
  const timeline = simulateAnalysis(canary)
  const runs = 20
  const start = performance.now()
  for (let i = 0; i < runs; i++) summarizeTimeline(canary, timeline)
  console.log(`${`summary: ${label}`.padEnd(46)} ${((performance.now() - start) / runs).toFixed(3).padStart(21)} ms/run`)
}

console.log(`simulateAnalysis on node ${process.version}`)
for (const [label, canary] of cases) measure(label, canary)
measureSummary(cases[0]?.[0] ?? '', cases[0]?.[1] ?? canaryWith({}))
