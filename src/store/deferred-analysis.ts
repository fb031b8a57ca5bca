import type { Analysis } from '../core/analyze.ts'
import { analyzeText } from '../core/analyze.ts'
import { fromSnapshot, stoppedAnalysis, type AnalysisSnapshot } from '../core/analysis-transfer.ts'
import type { StudioState, StudioStore } from './studio-state.ts'

/**
 * Texts longer than this are analysed when typing pauses, not on every keystroke: parsing alone takes about 0.6 s
 * per megabyte here (docs/performance.md), which would freeze the editor for every key.
 */
export const deferAnalysisAbove = 200_000
/** How long typing must pause before a large text is analysed. */
export const analysisPauseMs = 300
/**
 * Texts longer than this are analysed by the store's runner (a Web Worker in the app), not on the main thread:
 * a 188 kB Canary of 3,000 webhooks already takes 250–450 ms to parse and simulate, past the 200 ms a page may
 * block before it feels frozen. Below it, analysing in place keeps every view in step with each keystroke.
 */
export const analyzeOffThreadAbove = 100_000

export interface AnalysisRequest {
  readonly text: string
  readonly chosenCanaryIndex: number | undefined
  /** A newly loaded document: nothing carries over from the analysis of the text before. */
  readonly fresh: boolean
}

/** What a runner answers: the analysis (as a snapshot without the text), or why there is none. */
export type AnalysisOutcome =
  { readonly ok: true; readonly snapshot: AnalysisSnapshot } | { readonly ok: false; readonly reason: string }

/** Analyses texts off the caller's thread; resolves undefined for a request a later one replaced before it ran. */
export interface AnalysisRunner {
  readonly analyze: (request: AnalysisRequest) => Promise<AnalysisOutcome | undefined>
}

const timers = new WeakMap<StudioStore, ReturnType<typeof setTimeout>>()
const runners = new WeakMap<StudioStore, AnalysisRunner>()
/** The request whose answer the store waits for (what to carry over if the text is analysed in place meanwhile). */
const pending = new WeakMap<StudioStore, AnalysisRequest>()

/** From now on, texts above `analyzeOffThreadAbove` are analysed by `runner`. */
export function installAnalysisRunner(store: StudioStore, runner: AnalysisRunner): void {
  runners.set(store, runner)
}

/** True while the views show the analysis of an earlier text (a large text being typed in or analysed). */
export const selectIsAnalysisPending = (s: StudioState): boolean => s.analysis.text !== s.text

export interface AnalysisChoice {
  /** A newly loaded document (see AnalysisRequest.fresh). */
  readonly fresh?: boolean
  /** The Canary document to edit in a file of several; by default the one edited now. */
  readonly canaryIndex?: number
}

/** What the analysis of `text` would carry over from `previous`, and the Canary document it picks. */
function requestFor(store: StudioStore, text: string, previous: Analysis, choice: AnalysisChoice): AnalysisRequest {
  const waiting = pending.get(store)
  // While a loaded document waits for its analysis, `previous` still describes the document before it.
  const fresh = choice.fresh === true || waiting?.fresh === true
  const chosenCanaryIndex = choice.fresh
    ? choice.canaryIndex
    : (choice.canaryIndex ?? (waiting ? waiting.chosenCanaryIndex : previous.chosenCanaryIndex))
  return { text, chosenCanaryIndex, fresh }
}

function analyzeInPlace(request: AnalysisRequest, previous: Analysis): Analysis {
  return analyzeText(request.text, request.fresh ? undefined : previous, request.chosenCanaryIndex)
}

/**
 * The analysis to store together with `text`: computed here for a small text (or a store without a runner), else
 * `previous`, kept while the runner analyses `text` (selectIsAnalysisPending is true until its answer lands).
 */
export function analysisFor(
  store: StudioStore,
  text: string,
  previous: Analysis,
  choice: AnalysisChoice = {},
): Analysis {
  const request = requestFor(store, text, previous, choice)
  const runner = runners.get(store)
  clearTimeout(timers.get(store))
  if (runner === undefined || text.length <= analyzeOffThreadAbove) {
    pending.delete(store)
    return analyzeInPlace(request, previous)
  }
  pending.set(store, request)
  void runner.analyze(request).then((outcome) => land(store, request, outcome))
  return previous
}

function land(store: StudioStore, request: AnalysisRequest, outcome: AnalysisOutcome | undefined): void {
  const state = store.getState()
  // Replaced by a later request, or the text moved on or was analysed in place since.
  if (outcome === undefined || pending.get(store) !== request || state.text !== request.text) return
  pending.delete(store)
  const analysis = outcome.ok
    ? fromSnapshot(outcome.snapshot, request.text, request.fresh ? undefined : state.analysis)
    : stoppedAnalysis(request.text, state.analysis, outcome.reason)
  store.setState({ analysis })
}

/** Analyses the store's text after `analysisPauseMs` without another call. */
export function scheduleAnalysis(store: StudioStore): void {
  clearTimeout(timers.get(store))
  timers.set(
    store,
    setTimeout(() => {
      const state = store.getState()
      if (state.analysis.text !== state.text)
        store.setState({ analysis: analysisFor(store, state.text, state.analysis) })
    }, analysisPauseMs),
  )
}

/**
 * Brings the analysis up to the text now, in place (before anything that edits by the analysis' paths or ranges).
 * An answer the runner gives later for the same text is then dropped.
 */
export function flushAnalysis(store: StudioStore): void {
  clearTimeout(timers.get(store))
  timers.delete(store)
  const state = store.getState()
  if (state.analysis.text === state.text) return
  const request = requestFor(store, state.text, state.analysis, {})
  pending.delete(store)
  store.setState({ analysis: analyzeInPlace(request, state.analysis) })
}
