import { redo as redoHistory } from '../../core/history/history.ts'
import { analysisFor } from '../deferred-analysis.ts'
import type { StudioStore } from '../studio-state.ts'

/** Re-applies the change the latest undo reverted; false when there is nothing to redo. */
export function redo(store: StudioStore): boolean {
  const state = store.getState()
  const step = redoHistory(state.history, state.text)
  if (!step) return false
  store.setState({ text: step.text, analysis: analysisFor(store, step.text, state.analysis), history: step.history })
  return true
}
