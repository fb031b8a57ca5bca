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

/**
 * Puts the saved theme (or the system's) on <html> before anything renders, so the app shell paints in it; the
 * workspace keeps it in step afterwards (useApplyTheme).
 */
export function applySavedTheme(): void {
  const choice = savedTheme()
  const isDark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  const theme = isDark ? 'dark' : 'light'
  document.documentElement.dataset.theme = theme
  document.documentElement.style.colorScheme = theme
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
