import { useEffect } from 'react'
import { redo } from '../../store/intents/redo.ts'
import { undo } from '../../store/intents/undo.ts'
import type { StudioStore } from '../../store/studio-state.ts'
import { downloadExport } from './export-actions.ts'

/** A text field with its own undo (inputs, text areas, Monaco): the store's undo must not take its keys. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('.monaco-editor')) return true
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  if (!(target instanceof HTMLInputElement)) return false
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}

/** Ctrl/⌘+S downloads the file as edited; Ctrl/⌘+Z, Shift+Z and Y step the store's history outside text fields. */
export function useGlobalShortcuts(store: StudioStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const key = e.key.toLowerCase()
      if (key === 's') {
        // Always ours, even inside the editor: the browser's "Save page" would save the app, not the YAML.
        e.preventDefault()
        const isSeveral = store.getState().analysis.parsed.documents.length > 1
        downloadExport(store, isSeveral ? 'everything' : 'canary')
        return
      }
      if (e.defaultPrevented || isTextEntry(e.target) || document.querySelector('dialog[open]')) return
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault()
        undo(store)
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault()
        redo(store)
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [store])
}
