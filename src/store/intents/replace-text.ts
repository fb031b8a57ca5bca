import { recordChange, type EditOrigin } from '../../core/history/history.ts'
import { textChange } from '../commit-text.ts'
import { deferAnalysisAbove, scheduleAnalysis } from '../deferred-analysis.ts'
import type { StudioStore } from '../studio-state.ts'

/**
 * Replaces the whole text (an editor change, an import, a quick fix); a no-op when it is unchanged. Typing in a
 * very large text records it at once and analyses it when the typing pauses.
 */
export function replaceText(store: StudioStore, text: string, origin: EditOrigin, nowMs = Date.now()): void {
  const state = store.getState()
  if (text === state.text) return
  if (origin === 'editor' && text.length > deferAnalysisAbove) {
    store.setState({ text, history: recordChange(state.history, state.text, origin, nowMs) })
    scheduleAnalysis(store)
    return
  }
  store.setState(textChange(store, state, text, origin, nowMs))
}
