import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { StudioState, StudioStore } from '../store/studio-state.ts'

/** The app's one store, provided by the composition root. */
export const StudioContext = createContext<StudioStore | null>(null)

/** The store itself, for calling intents. */
export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext)
  if (!store) throw new Error('useStudioStore must be used inside <StudioContext value={store}>')
  return store
}

/** A slice of the state; the component re-renders only when the selected value changes (Object.is). */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector)
}
