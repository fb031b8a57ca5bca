import { createStore } from 'zustand/vanilla'
import { analyzeText } from '../core/analyze.ts'
import { emptyHistory } from '../core/history/history.ts'
import { noWhatIf } from './intents/set-what-if.ts'
import type { StudioState, StudioStore, UiState } from './studio-state.ts'

const initialUi: UiState = { theme: 'system', activePanel: 'problems', notice: undefined }

/** Creates the one store of the app, holding `initialText` analysed and an empty history. */
export function createStudioStore(initialText: string, ui: Partial<UiState> = {}): StudioStore {
  return createStore<StudioState>()(() => ({
    text: initialText,
    analysis: analyzeText(initialText),
    history: emptyHistory(),
    selectedTick: null,
    whatIf: noWhatIf,
    focus: undefined,
    ui: { ...initialUi, ...ui },
  }))
}
