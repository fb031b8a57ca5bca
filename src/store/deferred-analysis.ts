import { analyzeText } from '../core/analyze.ts'
import type { StudioState, StudioStore } from './studio-state.ts'

/**
 * Texts longer than this are analysed when typing pauses, not on every keystroke: parsing alone takes about 0.6 s
 * per megabyte here (docs/performance.md), which would freeze the editor for every key.
 */
export const deferAnalysisAbove = 200_000
/** How long typing must pause before a large text is analysed. */
export const analysisPauseMs = 300

const timers = new WeakMap<StudioStore, ReturnType<typeof setTimeout>>()

/** True while the views show the analysis of an earlier text (a large text the user is typing in). */
export const selectIsAnalysisPending = (s: StudioState): boolean => s.analysis.text !== s.text

/** Analyses the store's text after `analysisPauseMs` without another call. */
export function scheduleAnalysis(store: StudioStore): void {
  clearTimeout(timers.get(store))
  timers.set(
    store,
    setTimeout(() => flushAnalysis(store), analysisPauseMs),
  )
}

/** Brings the analysis up to the text now (before anything that edits by the analysis' paths or ranges). */
export function flushAnalysis(store: StudioStore): void {
  clearTimeout(timers.get(store))
  timers.delete(store)
  const state = store.getState()
  if (state.analysis.text !== state.text) store.setState({ analysis: analyzeText(state.text, state.analysis) })
}
