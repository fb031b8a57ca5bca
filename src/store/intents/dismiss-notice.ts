import type { StudioStore } from '../studio-state.ts'

/** Hides the message about the last edit. */
export function dismissNotice(store: StudioStore): void {
  const { ui } = store.getState()
  if (ui.notice !== undefined) store.setState({ ui: { ...ui, notice: undefined } })
}
