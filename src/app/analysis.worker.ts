// The analysis of large texts, away from the page's thread (see createWorkerAnalysisRunner).
import { analyzeText, type Analysis } from '../core/analyze.ts'
import { toSnapshot } from '../core/analysis-transfer.ts'
import { splitValue } from '../core/data/chunked-transfer.ts'
import { inspectImport } from '../core/import/inspect-import.ts'
import type { InspectMessage, InspectReply } from './inspect-in-worker.ts'
import { replyChunkEntries, type AnalysisMessage, type AnalysisReply } from './worker-analysis-runner.ts'

// The worker's own last analysis: the next text re-parses only what changed since it (analyzeText's reuse).
let last: Analysis | undefined

function inspect(text: string): InspectReply {
  const result = inspectImport(text)
  if (!result.ok) return { inspection: result }
  const { text: _text, ...inspection } = result
  return { inspection }
}

self.onmessage = (event: MessageEvent<AnalysisMessage | InspectMessage>) => {
  if ('inspect' in event.data) {
    self.postMessage(inspect(event.data.inspect))
    return
  }
  const { id, request } = event.data
  let replies: AnalysisReply[]
  try {
    last = analyzeText(request.text, request.fresh ? undefined : last, request.chosenCanaryIndex)
    const { skeleton, paths, chunks } = splitValue(toSnapshot(last), replyChunkEntries)
    replies = [{ id, skeleton, paths, chunks: chunks.length }, ...chunks.map((chunk) => ({ id, chunk }))]
  } catch (error) {
    last = undefined
    replies = [{ id, outcome: { ok: false, reason: `The analysis failed: ${String(error)}` } }]
  }
  for (const reply of replies) self.postMessage(reply)
}
