import type { StudioStore, ThemeChoice } from '../studio-state.ts'

/** Chooses light, dark, or the system's colour scheme. */
export function setTheme(store: StudioStore, theme: ThemeChoice): void {
  const { ui } = store.getState()
  if (ui.theme !== theme) store.setState({ ui: { ...ui, theme } })
}
