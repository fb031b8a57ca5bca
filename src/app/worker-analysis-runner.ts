import type { AnalysisSnapshot } from '../core/analysis-transfer.ts'
import { assembleValue, type ChunkPath, type ValueAssembly, type ValueChunk } from '../core/data/chunked-transfer.ts'
import type { AnalysisOutcome, AnalysisRequest, AnalysisRunner } from '../store/deferred-analysis.ts'

/** A request as posted to the analysis worker. */
export interface AnalysisMessage {
  readonly id: number
  readonly request: AnalysisRequest
}

/**
 * The worker's answer: a whole outcome, or a snapshot split by splitValue (its skeleton, then `chunks` messages
 * each carrying one chunk), so that no single message costs the page a long task to deserialise.
 */
export type AnalysisReply =
  | { readonly id: number; readonly outcome: AnalysisOutcome }
  | { readonly id: number; readonly skeleton: unknown; readonly paths: readonly ChunkPath[]; readonly chunks: number }
  | { readonly id: number; readonly chunk: ValueChunk }

/**
 * Most entries of one collection a reply message carries: about 5 ms of deserialising on the page for short
 * strings, where a Canary of 100,000 annotations in one message took 110 ms.
 */
export const replyChunkEntries = 5_000

/**
 * How long one analysis may take before its worker is stopped. The largest text the app opens (5 MiB) takes about
 * 3 s here; what runs longer is a text built to be slow, and the page must not wait on it.
 */
export const analysisDeadlineMs = 20_000

/** The part of a Worker the runner uses (a fake one in tests). */
export interface AnalysisWorker {
  postMessage(message: AnalysisMessage): void
  terminate(): void
  onmessage: ((event: MessageEvent<AnalysisReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

interface Job {
  readonly request: AnalysisRequest
  readonly resolve: (outcome: AnalysisOutcome | undefined) => void
}

const size = (text: string) => `${(text.length / 1_000_000).toFixed(1)} million characters`

/**
 * Runs analyses in one worker, one at a time: while one runs, only the latest request waits (those it replaces
 * resolve undefined), so typing in a large text never queues a backlog. A job past `deadlineMs`, or a worker that
 * fails, stops the worker; the next job starts a new one.
 */
export function createWorkerAnalysisRunner(
  spawn: () => AnalysisWorker,
  deadlineMs: number = analysisDeadlineMs,
): AnalysisRunner {
  let worker: AnalysisWorker | undefined
  let running: (Job & { readonly id: number; readonly timer: ReturnType<typeof setTimeout> }) | undefined
  // The split answer of the running job being put back together, and how many chunks it still waits for.
  let arriving: { readonly assembly: ValueAssembly; remaining: number } | undefined
  let waiting: Job | undefined
  let nextId = 0

  const finish = (outcome: AnalysisOutcome) => {
    const job = running
    if (!job) return
    clearTimeout(job.timer)
    running = undefined
    arriving = undefined
    job.resolve(outcome)
    const next = waiting
    waiting = undefined
    if (next) start(next)
  }
  const receive = (reply: AnalysisReply) => {
    if ('outcome' in reply) return finish(reply.outcome)
    if ('skeleton' in reply)
      arriving = { assembly: assembleValue(reply.skeleton, reply.paths), remaining: reply.chunks }
    else if (!arriving?.assembly.add(reply.chunk)) {
      stopWorker()
      return finish({ ok: false, reason: 'The background analysis sent an answer that does not fit together.' })
    } else arriving.remaining--
    if (arriving.remaining === 0) finish({ ok: true, snapshot: arriving.assembly.value as AnalysisSnapshot })
  }
  const stopWorker = () => {
    worker?.terminate()
    worker = undefined
  }
  const start = (job: Job) => {
    worker ??= spawn()
    worker.onmessage = (event) => {
      if (event.data.id === running?.id) receive(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      stopWorker()
      finish({ ok: false, reason: `The background analysis failed (${event.message || 'worker error'}).` })
    }
    const id = ++nextId
    const timer = setTimeout(() => {
      stopWorker()
      finish({
        ok: false,
        reason:
          `Analysing this document (${size(job.request.text)}) took longer than ${deadlineMs / 1000} s, so it was ` +
          'stopped: the views show the last Canary analysed, and the text is kept as it is. The next change in the ' +
          'YAML editor is analysed again.',
      })
    }, deadlineMs)
    running = { ...job, id, timer }
    worker.postMessage({ id, request: job.request })
  }

  return {
    analyze: (request) =>
      new Promise((resolve) => {
        if (!running) return start({ request, resolve })
        waiting?.resolve(undefined)
        // A loaded document that was replaced before it ran still must not inherit the analysis before it.
        waiting = { request: { ...request, fresh: request.fresh || waiting?.request.fresh === true }, resolve }
      }),
  }
}
