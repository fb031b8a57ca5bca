import type { AnalysisOutcome, AnalysisRequest, AnalysisRunner } from '../store/deferred-analysis.ts'

/** A request as posted to the analysis worker, and its answer. */
export interface AnalysisMessage {
  readonly id: number
  readonly request: AnalysisRequest
}
export interface AnalysisReply {
  readonly id: number
  readonly outcome: AnalysisOutcome
}

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
  let waiting: Job | undefined
  let nextId = 0

  const finish = (outcome: AnalysisOutcome) => {
    const job = running
    if (!job) return
    clearTimeout(job.timer)
    running = undefined
    job.resolve(outcome)
    const next = waiting
    waiting = undefined
    if (next) start(next)
  }
  const stopWorker = () => {
    worker?.terminate()
    worker = undefined
  }
  const start = (job: Job) => {
    worker ??= spawn()
    worker.onmessage = (event) => {
      if (event.data.id === running?.id) finish(event.data.outcome)
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
