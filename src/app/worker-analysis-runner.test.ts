import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnalysisOutcome, AnalysisRequest } from '../store/deferred-analysis.ts'
import { splitValue } from '../core/data/chunked-transfer.ts'
import {
  createWorkerAnalysisRunner,
  type AnalysisMessage,
  type AnalysisReply,
  type AnalysisWorker,
} from './worker-analysis-runner.ts'

/** A worker that records what it is sent and answers only when told. */
class FakeWorker implements AnalysisWorker {
  readonly sent: AnalysisMessage[] = []
  terminated = false
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  postMessage(message: AnalysisMessage): void {
    this.sent.push(message)
  }
  terminate(): void {
    this.terminated = true
  }
  reply(outcome: AnalysisOutcome, id = this.sent.at(-1)!.id): void {
    this.send({ id, outcome })
  }
  send(data: AnalysisReply): void {
    this.onmessage?.({ data: structuredClone(data) } as MessageEvent<AnalysisReply>)
  }
}

const request = (text: string, fresh = false): AnalysisRequest => ({ text, chosenCanaryIndex: undefined, fresh })
const done: AnalysisOutcome = { ok: false, reason: 'stand-in answer' }

describe('the worker analysis runner', () => {
  let workers: FakeWorker[]
  const spawn = () => {
    const w = new FakeWorker()
    workers.push(w)
    return w
  }
  beforeEach(() => {
    workers = []
    vi.useFakeTimers()
  })
  afterEach(() => vi.useRealTimers())

  it('runs one job at a time; of those waiting only the latest runs, the others resolve undefined', async () => {
    const runner = createWorkerAnalysisRunner(spawn)
    const first = runner.analyze(request('a'))
    const second = runner.analyze(request('b'))
    const third = runner.analyze(request('c'))
    expect(workers[0]!.sent.map((m) => m.request.text)).toEqual(['a'])
    await expect(second).resolves.toBeUndefined()
    workers[0]!.reply(done)
    await expect(first).resolves.toEqual(done)
    expect(workers[0]!.sent.map((m) => m.request.text)).toEqual(['a', 'c'])
    workers[0]!.reply(done)
    await expect(third).resolves.toEqual(done)
    expect(workers).toHaveLength(1)
  })

  it('a loaded document replaced while waiting passes its freshness on', () => {
    const runner = createWorkerAnalysisRunner(spawn)
    void runner.analyze(request('a'))
    void runner.analyze(request('loaded', true))
    void runner.analyze(request('typed in it'))
    workers[0]!.reply(done)
    expect(workers[0]!.sent[1]?.request).toEqual(request('typed in it', true))
  })

  it('ignores an answer to a job it no longer runs', async () => {
    const runner = createWorkerAnalysisRunner(spawn, 1000)
    const first = runner.analyze(request('a'))
    vi.advanceTimersByTime(1000)
    await expect(first).resolves.toMatchObject({ ok: false })
    const second = runner.analyze(request('b'))
    workers[0]!.reply(done, 1)
    workers[1]!.reply({ ok: false, reason: 'the real one' })
    await expect(second).resolves.toEqual({ ok: false, reason: 'the real one' })
  })

  it('stops a job past its deadline: the worker is terminated, the reason given, the next job gets a new worker', async () => {
    const runner = createWorkerAnalysisRunner(spawn, 20_000)
    const slow = runner.analyze(request('x'.repeat(4_800_000)))
    const next = runner.analyze(request('small'))
    vi.advanceTimersByTime(19_999)
    expect(workers[0]!.terminated).toBe(false)
    vi.advanceTimersByTime(1)
    const outcome = await slow
    expect(outcome).toMatchObject({ ok: false })
    expect(outcome?.ok === false && outcome.reason).toContain('(4.8 million characters) took longer than 20 s')
    expect(workers[0]!.terminated).toBe(true)
    expect(workers[1]!.sent.map((m) => m.request.text)).toEqual(['small'])
    workers[1]!.reply(done)
    await expect(next).resolves.toEqual(done)
  })

  it('a worker that fails answers with the error and is replaced', async () => {
    const runner = createWorkerAnalysisRunner(spawn)
    const job = runner.analyze(request('a'))
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent)
    await expect(job).resolves.toEqual({ ok: false, reason: 'The background analysis failed (out of memory).' })
    expect(workers[0]!.terminated).toBe(true)
    void runner.analyze(request('b'))
    expect(workers).toHaveLength(2)
  })

  it('puts a split answer together from its messages, and resolves only once the last chunk is in', async () => {
    const runner = createWorkerAnalysisRunner(spawn)
    const job = runner.analyze(request('a'))
    const annotations = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`key-${i}`, `v${i}`]))
    const snapshot = { status: 'valid', canary: { metadata: { annotations } } }
    const { skeleton, paths, chunks } = splitValue(snapshot, 5)
    const id = workers[0]!.sent[0]!.id
    workers[0]!.send({ id, skeleton, paths, chunks: chunks.length })
    for (const chunk of chunks.slice(0, -1)) workers[0]!.send({ id, chunk })
    let settled = false
    void job.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    workers[0]!.send({ id, chunk: chunks.at(-1)! })
    await expect(job).resolves.toEqual({ ok: true, snapshot })
  })

  it('a chunk that does not fit the answer stops the worker with a reason', async () => {
    const runner = createWorkerAnalysisRunner(spawn)
    const job = runner.analyze(request('a'))
    const id = workers[0]!.sent[0]!.id
    workers[0]!.send({ id, skeleton: { a: {} }, paths: [['a']], chunks: 2 })
    workers[0]!.send({ id, chunk: { collection: 4, entries: ['k', 1] } })
    await expect(job).resolves.toEqual({
      ok: false,
      reason: 'The background analysis sent an answer that does not fit together.',
    })
    expect(workers[0]!.terminated).toBe(true)
  })
})
