import type { FieldPath } from '../../core/diagnostic.ts'
import type { EditResult } from '../../core/document/types.ts'
import { commitEdit } from '../commit-text.ts'
import type { StudioStore } from '../studio-state.ts'

/** Moves the list item at `from` to `to` in the list at `listPath`. */
export function moveItem(
  store: StudioStore,
  listPath: FieldPath,
  from: number,
  to: number,
  nowMs = Date.now(),
): EditResult {
  return commitEdit(store, { kind: 'move', path: listPath, from, to }, nowMs)
}
