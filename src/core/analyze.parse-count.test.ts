import { describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from './samples/podinfo.ts'

// Counts calls into the YAML parser: a keystroke must parse the text once, even when findings need ranges.
const calls = vi.hoisted(() => ({ parseAllDocuments: 0 }))
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>()
  return {
    ...yaml,
    parseAllDocuments: (...args: Parameters<typeof yaml.parseAllDocuments>) => {
      calls.parseAllDocuments++
      return yaml.parseAllDocuments(...args)
    },
  }
})

const { analyzeText } = await import('./analyze.ts')

describe('analyzeText parse count', () => {
  it('parses the text once per change, including the ranges of lint findings', () => {
    const first = analyzeText(podinfoCanaryYaml)
    // stepWeight above maxWeight: a lint finding with a path, whose range comes from the same parse.
    const text = podinfoCanaryYaml.replace('stepWeight: 10', 'stepWeight: 60')
    calls.parseAllDocuments = 0
    const next = analyzeText(text, first)
    expect(next.diagnostics.some((d) => d.path && d.range)).toBe(true)
    expect(calls.parseAllDocuments).toBe(1)
  })
})
