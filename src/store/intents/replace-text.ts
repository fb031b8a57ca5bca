import type { EditOrigin } from '../../core/history/history.ts'
import { textChange } from '../commit-text.ts'
import type { StudioStore } from '../studio-state.ts'

/** Replaces the whole text (an editor change, an import, a quick fix); a no-op when it is unchanged. */
export function replaceText(store: StudioStore, text: string, origin: EditOrigin, nowMs = Date.now()): void {
  const state = store.getState()
  if (text === state.text) return
  store.setState(textChange(state, text, origin, nowMs))
}
