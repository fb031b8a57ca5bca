import type { FieldPath } from '../../core/diagnostic.ts'
import type { EditResult } from '../../core/document/types.ts'
import { commitEdit } from '../commit-text.ts'
import type { StudioStore } from '../studio-state.ts'

/** Inserts `value` into the list at `listPath` before `index` (the list's length appends). */
export function insertItem(
  store: StudioStore,
  listPath: FieldPath,
  index: number,
  value: unknown,
  nowMs = Date.now(),
): EditResult {
  return commitEdit(store, { kind: 'insert', path: listPath, index, value }, nowMs)
}
