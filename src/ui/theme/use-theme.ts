import { useEffect, useSyncExternalStore } from 'react'
import type { ThemeChoice } from '../../store/studio-state.ts'
import { useStudio } from '../studio-context.ts'

export type ResolvedTheme = 'light' | 'dark'

const darkQuery = '(prefers-color-scheme: dark)'

function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia(darkQuery)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

const systemIsDark = () => window.matchMedia(darkQuery).matches

/** The theme in effect: the user's choice, or the system's colour scheme when they chose 'system'. */
export function useResolvedTheme(): ResolvedTheme {
  const choice: ThemeChoice = useStudio((s) => s.ui.theme)
  const isSystemDark = useSyncExternalStore(subscribeToSystemTheme, systemIsDark, () => false)
  if (choice === 'system') return isSystemDark ? 'dark' : 'light'
  return choice
}

/** Puts the theme in effect on <html data-theme>, which the CSS variables key on. */
export function useApplyTheme(): ResolvedTheme {
  const theme = useResolvedTheme()
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    document.documentElement.style.colorScheme = theme
  }, [theme])
  return theme
}
