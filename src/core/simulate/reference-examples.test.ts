import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { canaryNode, type Canary } from '../catalog/canary-fields.ts'
import { readTyped } from '../catalog/read-typed.ts'
import { hasReference, readReference, referenceExamples } from '../../test-support/shared-reference.ts'
import { maxSimulatedTicks, simulateAnalysis } from './scheduler.ts'
import { summarizeTimeline } from './summary.ts'

// Every CRD-valid upstream example Canary (../shared/reference/examples, INDEX.md) goes through the simulator.

interface IndexRow {
  readonly file: string
  readonly strategy: string
}

function crdValidRows(): IndexRow[] {
  return readReference('examples/INDEX.md')
    .split('\n')
    .filter((line) => line.startsWith('|') && line.includes('complete (CRD-valid)'))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => ({ file: cells[1] ?? '', strategy: cells[4] ?? '' }))
}

function readCanary(text: string): Canary | undefined {
  const raw = parseAllDocuments(text)
  const docs = Array.isArray(raw) ? raw.map((d) => d.toJS() as { kind?: unknown }) : []
  return readTyped<Canary>(
    canaryNode,
    docs.find((d) => d?.kind === 'Canary'),
  ).value
}

const expectedStrategy = (row: IndexRow, canary: Canary): string =>
  canary.spec?.provider === 'kubernetes'
    ? 'blue-green'
    : row.strategy.startsWith('canary')
      ? 'canary'
      : (row.strategy.split(/[ (]/)[0] ?? '').replace('-mirror', '')

describe.skipIf(!hasReference)('upstream example Canaries', () => {
  const texts = new Map(referenceExamples())
  const rows = hasReference ? crdValidRows() : []

  it('lists the CRD-valid examples', () => {
    expect(rows.length).toBeGreaterThan(60)
  })

  it.each(rows.map((r) => [r.file, r] as const))(
    '%s simulates to an end, with the strategy INDEX.md names',
    (file, row) => {
      const canary = readCanary(texts.get(file) ?? '')
      expect(canary).toBeDefined()
      if (!canary) return
      const timeline = simulateAnalysis(canary)
      expect(timeline.ticks.length).toBeLessThanOrEqual(maxSimulatedTicks)
      expect(timeline.strategy).toBe(expectedStrategy(row, canary))
      expect(['promoted', 'rolled-back', 'halted']).toContain(timeline.outcome)
      expect(summarizeTimeline(canary, timeline)).toMatch(/\.$/)
      const failing = simulateAnalysis(canary, { failFromTick: 2 })
      expect(failing.ticks.length).toBeLessThanOrEqual(maxSimulatedTicks)
    },
  )

  it('every example that parses, excerpts included, simulates without throwing', () => {
    for (const [, text] of texts) {
      const canary = readCanary(text)
      if (canary) expect(simulateAnalysis(canary).ticks.length).toBeGreaterThan(0)
    }
  })
})
