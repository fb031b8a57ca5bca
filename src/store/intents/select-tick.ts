import type { StudioStore } from '../studio-state.ts'

/** Chooses the timeline tick the diagram and the generated resources show (clamped at 0); null restores the default. */
export function selectTick(store: StudioStore, tick: number | null): void {
  const next = tick === null ? null : Math.max(0, Math.floor(tick))
  if (store.getState().selectedTick !== next) store.setState({ selectedTick: next })
}
