import type { ImportResult } from '../core/import/inspect-import.ts'
import { analysisDeadlineMs } from './worker-analysis-runner.ts'

/** A file to check before it is opened, as posted to the analysis worker, and its answer (without the text). */
export interface InspectMessage {
  readonly inspect: string
}
export interface InspectReply {
  readonly inspection: Exclude<ImportResult, { ok: true }> | Omit<Extract<ImportResult, { ok: true }>, 'text'>
}

/** The part of a Worker an inspection uses (a fake one in tests). */
export interface InspectWorker {
  postMessage(message: InspectMessage): void
  terminate(): void
  onmessage: ((event: MessageEvent<InspectReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

/**
 * inspectImport in a worker of its own, for a file too large to parse on the page's thread before it opens (which
 * Canaries it holds, whether it is YAML). Past the deadline, or if the worker fails, the file still opens, with
 * the reason in place of the check.
 */
export function inspectInWorker(
  spawn: () => InspectWorker,
  deadlineMs: number = analysisDeadlineMs,
): (text: string) => Promise<ImportResult> {
  return (text) =>
    new Promise((resolve) => {
      const worker = spawn()
      const unchecked = (why: string): ImportResult => ({
        ok: true,
        text,
        canaries: [],
        documentCount: 0,
        problem: `${why}, so it opens without the check for several Canaries; the first Canary in it is edited.`,
      })
      const finish = (result: ImportResult) => {
        clearTimeout(timer)
        worker.terminate()
        resolve(result)
      }
      const timer = setTimeout(
        () => finish(unchecked(`Reading this file took longer than ${deadlineMs / 1000} s`)),
        deadlineMs,
      )
      worker.onmessage = (event) => {
        const { inspection } = event.data
        finish(inspection.ok ? { ...inspection, text } : inspection)
      }
      worker.onerror = (event) => {
        event.preventDefault()
        finish(unchecked(`The file could not be read in the background (${event.message || 'worker error'})`))
      }
      worker.postMessage({ inspect: text })
    })
}
