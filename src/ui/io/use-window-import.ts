import { useEffect } from 'react'
import type { IoActions } from './io-context.ts'
import { isTextEntry } from './use-global-shortcuts.ts'

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false

/** A file dropped anywhere on the window is imported; a document pasted outside any text field is too. */
export function useWindowImport(io: IoActions): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return
      // Without this the browser would navigate to the dropped file and the work in this tab would be gone.
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return
      e.preventDefault()
      const file = e.dataTransfer?.files[0]
      if (file) io.importFile(file)
    }
    const onPaste = (e: ClipboardEvent) => {
      if (isTextEntry(e.target) || document.querySelector('dialog[open]')) return
      const text = e.clipboardData?.getData('text/plain') ?? ''
      if (text.trim() === '') return
      e.preventDefault()
      io.importText(text, 'paste', true)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    window.addEventListener('paste', onPaste)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
      window.removeEventListener('paste', onPaste)
    }
  }, [io])
}
