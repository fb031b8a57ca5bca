import { undo as undoHistory } from '../../core/history/history.ts'
import { analysisFor } from '../deferred-analysis.ts'
import type { StudioStore } from '../studio-state.ts'

/** Restores the text before the latest change (form or editor); false when there is nothing to undo. */
export function undo(store: StudioStore): boolean {
  const state = store.getState()
  const step = undoHistory(state.history, state.text)
  if (!step) return false
  store.setState({ text: step.text, analysis: analysisFor(store, step.text, state.analysis), history: step.history })
  return true
}
