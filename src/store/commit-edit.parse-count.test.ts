import { describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'

// Counts calls into the YAML parser: a form edit parses the edited text at most once, though three steps read it.
const calls = vi.hoisted(() => ({ parseAllDocuments: 0 }))
vi.mock('yaml', async (importOriginal) =>
  (await import('../test-support/count-yaml-parses.ts')).withParseCounter(await importOriginal(), calls),
)

const { createStudioStore } = await import('./create-studio-store.ts')
const { setField } = await import('./intents/set-field.ts')

describe('a form edit', () => {
  it('parses the new text once: the edit reuses the analysis’ parse, the analysis reuses the edit’s check', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    calls.parseAllDocuments = 0
    // A quoted value is more than a one-word change, so the edit's check parses the new text in full.
    const result = setField(store, ['spec', 'analysis', 'webhooks', 0, 'url'], 'http://loadtester.test/ready now')
    expect(result.ok).toBe(true)
    expect(store.getState().analysis.canary?.spec?.analysis?.webhooks?.[0]?.url).toBe(
      'http://loadtester.test/ready now',
    )
    expect(calls.parseAllDocuments).toBe(1)
  })

  it('parses nothing when it changes one plain value: the check and the analysis reuse the incremental re-parse', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    calls.parseAllDocuments = 0
    const result = setField(store, ['spec', 'analysis', 'stepWeight'], 5)
    expect(result.ok).toBe(true)
    expect(store.getState().analysis.canary?.spec?.analysis?.stepWeight).toBe(5)
    expect(calls.parseAllDocuments).toBe(0)
  })
})
