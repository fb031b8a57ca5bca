import { useCallback, useState } from 'react'
import { isPathWithin, type FieldPath } from '../../core/diagnostic.ts'
import { useStudio } from '../studio-context.ts'
import { firstShown, shownWindow, type ShownWindow } from './shown-window.ts'

/** The key (map) or index (list) of the entry of `path` that another view focused, if any. */
export function useFocusedEntry(path: FieldPath): string | number | undefined {
  return useStudio((s) =>
    s.focus && s.focus.source !== 'form' && s.focus.path.length > path.length && isPathWithin(s.focus.path, path)
      ? s.focus.path[path.length]
      : undefined,
  )
}

export interface ShownEntries extends ShownWindow {
  /** Renders `count` more entries (Infinity: all). */
  readonly showMore: (count: number) => void
  /** Keeps the entry with this key rendered even beyond the window (one just added). */
  readonly pin: (key: string) => void
}

/**
 * Which rows of a long map or list to render: the first ones, more on request, and the rows that must be seen
 * wherever they are: the one just added and one another view revealed (latched, like LazyDetails, because the
 * revealed box takes the keyboard and the focus then belongs to the form). `keys` identify the rows (map keys, or
 * item keys from useItemKeys), so a pin follows its entry across edits.
 */
export function useShownWindow(keys: readonly string[], focusedKey: string | undefined): ShownEntries {
  const [limit, setLimit] = useState(firstShown)
  const [pinned, setPinned] = useState<readonly string[]>([])
  if (focusedKey !== undefined && !pinned.includes(focusedKey) && keys.indexOf(focusedKey) >= limit)
    setPinned([...pinned, focusedKey])
  const showMore = useCallback((count: number) => setLimit((n) => n + count), [])
  const pin = useCallback((key: string) => setPinned((p) => (p.includes(key) ? p : [...p, key])), [])
  const window = shownWindow(keys.length, limit, pinnedIndexes(keys, pinned, limit))
  return { ...window, showMore, pin }
}

/** The indexes of the pinned keys; a key no row has any more is dropped. */
function pinnedIndexes(keys: readonly string[], pinned: readonly string[], limit: number): number[] {
  if (pinned.length === 0 || keys.length <= limit) return []
  const wanted = new Set(pinned)
  const found: number[] = []
  keys.forEach((key, i) => {
    if (i >= limit && wanted.has(key)) found.push(i)
  })
  return found
}
