import { createStore } from 'zustand/vanilla'
import { analyzeText } from '../core/analyze.ts'
import { emptyHistory } from '../core/history/history.ts'
import { analysisFor, installAnalysisRunner, type AnalysisRunner } from './deferred-analysis.ts'
import { noWhatIf } from './intents/set-what-if.ts'
import type { StudioState, StudioStore, UiState } from './studio-state.ts'

const initialUi: UiState = { theme: 'system', activePanel: 'problems', notice: undefined }

/**
 * Creates the one store of the app, holding `initialText` analysed and an empty history. With a `runner`, a large
 * text (and every later one) is analysed by it: the store starts with the text and the views wait for its analysis.
 */
export function createStudioStore(
  initialText: string,
  ui: Partial<UiState> = {},
  runner?: AnalysisRunner,
): StudioStore {
  const store = createStore<StudioState>()(() => ({
    text: initialText,
    analysis: analyzeText(runner ? '' : initialText),
    history: emptyHistory(),
    selectedTick: null,
    whatIf: noWhatIf,
    focus: undefined,
    ui: { ...initialUi, ...ui },
  }))
  if (runner) {
    installAnalysisRunner(store, runner)
    store.setState({ analysis: analysisFor(store, initialText, store.getState().analysis, { fresh: true }) })
  }
  return store
}
