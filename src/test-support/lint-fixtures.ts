import type { ProviderName } from '../core/catalog/dsl.ts'
import type { Diagnostic, FieldPath, QuickFix } from '../core/diagnostic.ts'
import { validateRawCanary } from '../core/validate/validate-canary.ts'

// Helpers for the validate tests: a clean Istio Canary, path edits on plain data, and quick-fix application.

/** A complete Istio Canary that yields no diagnostics at all. */
export function cleanCanary(): Record<string, unknown> {
  return {
    apiVersion: 'flagger.app/v1beta1',
    kind: 'Canary',
    metadata: { name: 'podinfo', namespace: 'test' },
    spec: {
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'podinfo' },
      progressDeadlineSeconds: 600,
      service: { port: 9898, gateways: ['istio-system/public-gateway', 'mesh'], hosts: ['app.example.com'] },
      analysis: {
        interval: '1m',
        threshold: 5,
        maxWeight: 50,
        stepWeight: 10,
        metrics: [
          { name: 'request-success-rate', interval: '1m', thresholdRange: { min: 99 } },
          { name: 'request-duration', interval: '30s', thresholdRange: { max: 500 } },
        ],
        webhooks: [{ name: 'load-test', type: 'rollout', url: 'http://flagger-loadtester.test/', timeout: '5s' }],
      },
    },
  }
}

/** A copy of `doc` with the value at `path` set (creating mappings and lists on the way), or removed when undefined. */
export function withValue(doc: unknown, path: FieldPath, value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>
  let at: Record<string | number, unknown> = copy
  path.slice(0, -1).forEach((key, i) => {
    const next = path[i + 1]
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = typeof next === 'number' ? [] : {}
    at = at[key] as Record<string | number, unknown>
  })
  const last = path[path.length - 1]
  if (last === undefined) return value
  if (value === undefined) {
    if (Array.isArray(at) && typeof last === 'number') at.splice(last, 1)
    else delete at[last]
  } else at[last] = value
  return copy
}

/** Applies a set/remove quick fix to plain data. */
export function applyFix(doc: unknown, fix: QuickFix): unknown {
  if (fix.kind === 'set') return withValue(doc, fix.path, fix.value)
  if (fix.kind === 'remove') return withValue(doc, fix.path, undefined)
  return doc
}

/** Diagnostics of `doc` under an optional -mesh-provider, with the file's other documents when given. */
export function lint(doc: unknown, provider?: ProviderName, documents?: readonly unknown[]): Diagnostic[] {
  return validateRawCanary(doc, provider, documents)
}
