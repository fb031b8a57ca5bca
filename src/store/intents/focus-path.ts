import type { FieldPath } from '../../core/diagnostic.ts'
import type { FocusSource, StudioStore } from '../studio-state.ts'

/** Asks every view to show the field at `path` (the editor reveals it, the form scrolls to it); undefined clears. */
export function focusPath(store: StudioStore, path: FieldPath | undefined, source: FocusSource): void {
  store.setState({ focus: path === undefined ? undefined : { path, source } })
}
