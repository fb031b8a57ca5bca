import { analyzeText } from '../core/analyze.ts'
import { applyEdit } from '../core/document/apply-edit.ts'
import type { Edit, EditResult } from '../core/document/types.ts'
import { recordChange, type EditOrigin } from '../core/history/history.ts'
import { flushAnalysis } from './deferred-analysis.ts'
import type { Notice, StudioState, StudioStore } from './studio-state.ts'

/** The state after the text becomes `text`: new analysis and one history record, for a single `set`. */
export function textChange(
  state: StudioState,
  text: string,
  origin: EditOrigin,
  nowMs: number,
  typing?: string,
): Partial<StudioState> {
  return {
    text,
    analysis: analyzeText(text, state.analysis),
    history: recordChange(state.history, state.text, origin, nowMs, typing),
  }
}

const reformatNotice: Notice = {
  kind: 'info',
  message: 'That edit could not be made in place (flow style or aliases), so the Canary document was re-formatted.',
}

/**
 * Applies a structural edit from the form to the text as one undoable step (or as part of the step of its typing
 * session, see recordChange); the text is untouched on failure.
 */
export function commitEdit(store: StudioStore, edit: Edit, nowMs: number, typing?: string): EditResult {
  // Edits go by the analysis' document index: it must describe the text now.
  flushAnalysis(store)
  const state = store.getState()
  if (state.analysis.status !== 'ok') {
    const message = 'The YAML has errors: fix them in the editor before editing from the form.'
    store.setState({ ui: { ...state.ui, notice: { kind: 'error', message } } })
    return { ok: false, message }
  }
  const result = applyEdit(state.text, edit, { canaryIndex: state.analysis.parsed.canaryIndex })
  if (!result.ok) {
    store.setState({ ui: { ...state.ui, notice: { kind: 'error', message: result.message } } })
    return result
  }
  if (result.text === state.text) return result
  const notice = result.reformatted ? reformatNotice : undefined
  store.setState({ ...textChange(state, result.text, 'form', nowMs, typing), ui: { ...state.ui, notice } })
  return result
}
