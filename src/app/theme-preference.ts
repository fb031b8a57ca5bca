import type { StudioStore, ThemeChoice } from '../store/studio-state.ts'

const storageKey = 'canary-studio.theme'

/** The theme the user chose on an earlier visit, or 'system'. */
export function savedTheme(): ThemeChoice {
  try {
    const saved = localStorage.getItem(storageKey)
    return saved === 'light' || saved === 'dark' ? saved : 'system'
  } catch {
    return 'system'
  }
}

/** Remembers the user's theme choice for the next visit. */
export function rememberTheme(store: StudioStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.ui.theme === previous.ui.theme) return
    try {
      localStorage.setItem(storageKey, state.ui.theme)
    } catch {
      // Storage can be disabled; the choice lasts for this visit.
    }
  })
}
