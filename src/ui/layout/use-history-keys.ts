import { useEffect } from 'react'
import { redo } from '../../store/intents/redo.ts'
import { undo } from '../../store/intents/undo.ts'
import type { StudioStore } from '../../store/studio-state.ts'

/** Whether the key event belongs to a control with its own undo (text boxes; the editor binds the keys itself). */
function hasOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, .monaco-editor') !== null
}

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y anywhere outside a text control step through the store's history. */
export function useHistoryKeys(store: StudioStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || hasOwnUndo(e.target)) return
      const key = e.key.toLowerCase()
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)
      const isUndo = key === 'z' && !e.shiftKey
      if (!isUndo && !isRedo) return
      e.preventDefault()
      if (isRedo) redo(store)
      else undo(store)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [store])
}
