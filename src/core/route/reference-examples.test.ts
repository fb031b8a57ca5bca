import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { canaryNode, type Canary } from '../catalog/canary-fields.ts'
import { readTyped } from '../catalog/read-typed.ts'
import { renderMetricQueries } from '../metrics/render-metric-queries.ts'
import { firstTrafficTick, routingAt } from '../simulate/routing-at.ts'
import { simulateAnalysis } from '../simulate/scheduler.ts'
import { hasReference, referenceExamples } from '../../test-support/shared-reference.ts'
import { requestPresets } from './request-presets.ts'
import { traceRequest } from './trace-request.ts'

// Every upstream example Canary: each preset request is answered at the first tick with traffic, served requests
// split exactly 100 %, and every metric renders a query or a reason.
function canaryOf(text: string): Canary | undefined {
  for (const doc of parseAllDocuments(text)) {
    if (!('errors' in doc) || doc.errors.length > 0) return undefined
    const data: unknown = doc.toJS()
    if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'Canary')
      return readTyped<Canary>(canaryNode, data).value
  }
  return undefined
}

describe.skipIf(!hasReference)('reference examples', () => {
  it('answers every preset and renders every metric', () => {
    let traced = 0
    for (const [name, text] of referenceExamples()) {
      const canary = canaryOf(text)
      if (!canary?.spec?.targetRef?.name || canary.spec.service?.port === undefined) continue
      const timeline = simulateAnalysis(canary)
      const routing = routingAt(timeline, Math.max(0, firstTrafficTick(timeline)))
      for (const preset of requestPresets(canary, [])) {
        const d = traceRequest({ canary, gateways: [], routing, request: preset.request })
        expect(d.explanation, name).not.toBe('')
        if (d.admitted)
          expect(
            d.workloads.reduce((s, w) => s + w.percent, 0),
            `${name} ${preset.id}`,
          ).toBeCloseTo(100, 9)
        traced++
      }
      for (const m of renderMetricQueries(canary, []))
        expect(m.query !== null || m.error !== null || m.definedElsewhere !== undefined, `${name} ${m.name}`).toBe(true)
    }
    expect(traced).toBeGreaterThan(50)
  })
})
