import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { inspectImport } from '../core/import/inspect-import.ts'
import { inspectInWorker, type InspectMessage, type InspectReply, type InspectWorker } from './inspect-in-worker.ts'

/** A worker that inspects in place when told to answer. */
class FakeWorker implements InspectWorker {
  sent: InspectMessage | undefined
  terminated = false
  onmessage: ((event: MessageEvent<InspectReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  postMessage(message: InspectMessage): void {
    this.sent = message
  }
  terminate(): void {
    this.terminated = true
  }
  answer(): void {
    const result = inspectImport(this.sent!.inspect)
    const inspection = result.ok ? (({ text: _t, ...rest }) => rest)(result) : result
    this.onmessage?.({ data: { inspection } } as MessageEvent<InspectReply>)
  }
}

describe('inspecting a large file in a worker', () => {
  let worker: FakeWorker
  beforeEach(() => {
    worker = new FakeWorker()
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('answers what inspectImport says, with the text put back, and stops the worker', async () => {
    const two = `${podinfoCanaryYaml}---\n${podinfoCanaryYaml.replace('name: podinfo\n', 'name: second\n')}`
    const result = inspectInWorker(() => worker)(two)
    worker.answer()
    await expect(result).resolves.toEqual(inspectImport(two))
    expect(worker.terminated).toBe(true)
  })

  it('opens the file unchecked, saying why, when the worker takes longer than the deadline', async () => {
    const result = inspectInWorker(() => worker, 5000)('kind: Canary\n')
    vi.advanceTimersByTime(5000)
    const r = await result
    expect(r).toMatchObject({ ok: true, text: 'kind: Canary\n', canaries: [] })
    expect(r.ok && r.problem).toContain('took longer than 5 s, so it opens without the check for several Canaries')
    expect(worker.terminated).toBe(true)
  })

  it('opens the file unchecked when the worker fails', async () => {
    const result = inspectInWorker(() => worker)('a: b\n')
    worker.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent)
    const r = await result
    expect(r.ok && r.problem).toContain('could not be read in the background (boom)')
  })
})
