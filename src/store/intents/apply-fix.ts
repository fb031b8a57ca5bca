import type { QuickFix } from '../../core/diagnostic.ts'
import type { EditResult } from '../../core/document/types.ts'
import { commitEdit, textChange } from '../commit-text.ts'
import { selectIsAnalysisPending } from '../deferred-analysis.ts'
import type { StudioStore } from '../studio-state.ts'

/** Applies a diagnostic's quick fix as one undoable step. */
export function applyFix(store: StudioStore, fix: QuickFix, nowMs = Date.now()): EditResult {
  if (fix.kind === 'set') return commitEdit(store, { kind: 'set', path: fix.path, value: fix.value }, nowMs)
  if (fix.kind === 'remove') return commitEdit(store, { kind: 'remove', path: fix.path }, nowMs)
  const state = store.getState()
  // A text fix carries offsets into the text it was found in; a large text typed since has moved them.
  if (selectIsAnalysisPending(state))
    return { ok: false, message: 'The text changed since this fix was offered: try again in a moment.' }
  if (fix.from < 0 || fix.to > state.text.length || fix.from > fix.to)
    return { ok: false, message: 'The fix no longer matches the text.' }
  const text = state.text.slice(0, fix.from) + fix.text + state.text.slice(fix.to)
  store.setState(textChange(store, state, text, 'fix', nowMs))
  return { ok: true, text, reformatted: false }
}
