import type { FieldPath, TextPosition } from '../../core/diagnostic.ts'
import type { FocusSource, StudioStore } from '../studio-state.ts'

/**
 * Asks every view to show the field at `path` (the editor reveals it, the form scrolls to it); undefined clears.
 * `at` puts the editor's cursor at a place in the text instead (a YAML error has no field).
 */
export function focusPath(
  store: StudioStore,
  path: FieldPath | undefined,
  source: FocusSource,
  at?: TextPosition,
): void {
  store.setState({ focus: path === undefined ? undefined : { path, source, ...(at && { at }) } })
}
