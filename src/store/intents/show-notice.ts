import type { Notice, StudioStore } from '../studio-state.ts'

/** Shows a short message in the status strip (an import refused, a link copied, a draft ignored). */
export function showNotice(store: StudioStore, notice: Notice): void {
  const { ui } = store.getState()
  store.setState({ ui: { ...ui, notice } })
}
