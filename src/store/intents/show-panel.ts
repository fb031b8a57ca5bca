import type { StudioStore } from '../studio-state.ts'

/** Opens the panel tab with this id (ids come from ui/panels/panel-registry.ts). */
export function showPanel(store: StudioStore, id: string): void {
  const { ui } = store.getState()
  if (ui.activePanel !== id) store.setState({ ui: { ...ui, activePanel: id } })
}
