import type { FieldPath } from '../../core/diagnostic.ts'
import type { EditResult } from '../../core/document/types.ts'
import { commitEdit } from '../commit-text.ts'
import type { StudioStore } from '../studio-state.ts'

/**
 * Sets one field of the Canary, rewriting only that node of the text. Sets of one `typing` session (a field typed
 * into live) make one undo step.
 */
export function setField(
  store: StudioStore,
  path: FieldPath,
  value: unknown,
  nowMs = Date.now(),
  typing?: string,
): EditResult {
  return commitEdit(store, { kind: 'set', path, value }, nowMs, typing)
}
