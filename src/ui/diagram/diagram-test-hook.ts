import { loadDocument } from '../../store/intents/load-document.ts'
import type { StudioStore } from '../../store/studio-state.ts'

/** What browser tests and screenshot scripts reach through `window.__canaryStudioDiagram`. */
export interface DiagramTestHook {
  /** Opens `text` as a new document (as "Open file" would). */
  readonly load: (text: string) => void
}

declare global {
  interface Window {
    __canaryStudioDiagram?: DiagramTestHook
  }
}

/** In dev builds, or with `?testHooks` in the URL, exposes the hook; returns its removal. */
export function exposeDiagramTestHook(store: StudioStore): () => void {
  const isEnabled = import.meta.env.DEV || new URLSearchParams(window.location.search).has('testHooks')
  if (!isEnabled) return () => {}
  window.__canaryStudioDiagram = { load: (text) => loadDocument(store, text, 'file') }
  return () => {
    delete window.__canaryStudioDiagram
  }
}
