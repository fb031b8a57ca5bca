import type { FieldPath } from '../../core/diagnostic.ts'
import type { EditResult } from '../../core/document/types.ts'
import { commitEdit } from '../commit-text.ts'
import type { StudioStore } from '../studio-state.ts'

/** Removes one field (or list item) of the Canary and only its own lines; `typing` as in setField. */
export function removeField(store: StudioStore, path: FieldPath, nowMs = Date.now(), typing?: string): EditResult {
  return commitEdit(store, { kind: 'remove', path }, nowMs, typing)
}
