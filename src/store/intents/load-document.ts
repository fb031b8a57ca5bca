import { emptyHistory } from '../../core/history/history.ts'
import { analysisFor } from '../deferred-analysis.ts'
import { noWhatIf } from './set-what-if.ts'
import type { LoadSource, StudioStore } from '../studio-state.ts'

/**
 * Opens a new document (sample, share link, autosave, file): the text is replaced and history starts afresh.
 * `canaryIndex` picks which Canary document of a multi-document file is edited (default: the first).
 */
export function loadDocument(store: StudioStore, text: string, _source: LoadSource, canaryIndex?: number): void {
  const state = store.getState()
  store.setState({
    text,
    analysis: analysisFor(store, text, state.analysis, { fresh: true, canaryIndex }),
    history: emptyHistory(),
    selectedTick: null,
    whatIf: noWhatIf,
    focus: undefined,
    ui: { ...state.ui, notice: undefined },
  })
}
