import { applyEdit } from '../core/document/apply-edit.ts'
import type { Analysis } from '../core/analyze.ts'
import type { Edit, EditResult } from '../core/document/types.ts'
import { recordChange, type EditOrigin } from '../core/history/history.ts'
import { analysisFor, flushAnalysis } from './deferred-analysis.ts'
import type { Notice, StudioState, StudioStore } from './studio-state.ts'

/**
 * The state after the text becomes `text`: its analysis (or the current one while a worker analyses a large text)
 * and one history record, for a single `set`.
 */
export function textChange(
  store: StudioStore,
  state: StudioState,
  text: string,
  origin: EditOrigin,
  nowMs: number,
  typing?: string,
): Partial<StudioState> {
  return {
    text,
    analysis: analysisFor(store, text, state.analysis),
    history: recordChange(state.history, state.text, origin, nowMs, typing),
  }
}

/** Why the form cannot edit the text now: it has YAML errors, or it could not be analysed in time. */
export function formBlockedMessage(analysis: Analysis, action: string): string {
  if (analysis.diagnostics.some((d) => d.rule === 'analysis-stopped'))
    return `This document could not be analysed in time (see Problems): change it in the YAML editor before ${action}.`
  return `The YAML has errors: fix them in the editor before ${action}.`
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
    const message = formBlockedMessage(state.analysis, 'editing from the form')
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
  store.setState({ ...textChange(store, state, result.text, 'form', nowMs, typing), ui: { ...state.ui, notice } })
  return result
}
