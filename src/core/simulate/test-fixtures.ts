import type { Canary, CanaryAnalysis, CanaryWebhook } from '../catalog/canary-fields.ts'
import type { HookType, Timeline } from './types.ts'

// Builders and a compact tick notation shared by the simulation tests (the abbreviations of
// flagger-semantics.md §a.9).

export const hookAbbreviations: Record<HookType, string> = {
  'confirm-rollout': 'CR',
  'pre-rollout': 'PRE',
  rollout: 'RO',
  'confirm-traffic-increase': 'CTI',
  'confirm-promotion': 'CP',
  'post-rollout': 'POST',
  rollback: 'RB',
  event: 'EV',
}

/** One webhook of every type the timeline lists (event aside), as in §a.9 Ex1. */
export const allHooks: CanaryWebhook[] = (
  [
    'confirm-rollout',
    'pre-rollout',
    'rollout',
    'confirm-traffic-increase',
    'confirm-promotion',
    'post-rollout',
    'rollback',
  ] as const
).map((type) => ({ name: `${type}-gate`, type, url: `http://flagger-loadtester.test/${type}` }))

/** A podinfo Canary in namespace test with the given analysis (interval 1m and threshold 3 unless overridden). */
export function canaryWith(analysis: Partial<CanaryAnalysis>, spec: Partial<NonNullable<Canary['spec']>> = {}): Canary {
  return {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
      service: { port: 9898 },
      ...spec,
      analysis: {
        interval: '1m',
        threshold: 3,
        webhooks: allHooks,
        metrics: [{ name: 'request-success-rate', thresholdRange: { min: 99 }, interval: '1m' }],
        ...analysis,
      },
    },
  }
}

/** "T3 RB,RO,CTI A 70/30 Progressing" per tick: A when the analysis ran; " mirrored", " fc=N", " it=N" when set. */
export function rows(timeline: Timeline): string[] {
  return timeline.ticks.map((t) => {
    const hooks = t.hooks.map((h) => hookAbbreviations[h]).join(',') || '—'
    const extras = [
      t.mirrored ? 'mirrored' : '',
      t.failedChecks ? `fc=${t.failedChecks}` : '',
      t.iterations ? `it=${t.iterations}` : '',
    ]
    const analysis = t.analysis ? ['A'] : []
    return [
      `T${t.tick}`,
      hooks,
      ...analysis,
      `${t.primaryWeight}/${t.canaryWeight}`,
      ...extras.filter(Boolean),
      t.phase,
    ].join(' ')
  })
}
