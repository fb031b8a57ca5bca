import { createAutosaver, loadDraft, type DraftStorage } from '../store/autosave.ts'
import { showNotice } from '../store/intents/show-notice.ts'
import type { Notice, StudioStore } from '../store/studio-state.ts'

/** How long typing must pause before the draft is written (pagehide flushes sooner). */
const AUTOSAVE_DELAY_MS = 400

/** The text to start with: the autosaved draft when there is a readable one, else the fallback, plus any notice about the draft. */
export function startingText(storage: DraftStorage | undefined, fallback: string): { text: string; restoredText: string | undefined; notice: Notice | undefined } {
  if (!storage) return { text: fallback, restoredText: undefined, notice: undefined }
  const draft = loadDraft(storage)
  if (draft.ok) return { text: draft.text, restoredText: draft.text, notice: undefined }
  return { text: fallback, restoredText: undefined, notice: draft.notice === undefined ? undefined : { kind: 'error', message: draft.notice } }
}

/** localStorage, or undefined where the browser forbids it (a sandboxed frame throws on mere access). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** Saves the text whenever it changes (debounced) and before the page goes away; returns the unsubscribe. */
export function startAutosave(store: StudioStore, storage: DraftStorage): () => void {
  const autosaver = createAutosaver(storage, AUTOSAVE_DELAY_MS, { onNotice: (message) => showNotice(store, { kind: 'error', message }) })
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text !== previous.text) autosaver.schedule(state.text)
  })
  // pagehide covers reload, close and bfcache; visibilitychange catches mobile tabs killed in the background.
  const flush = () => autosaver.flush()
  const onVisibility = () => document.visibilityState === 'hidden' && flush()
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    unsubscribe()
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', onVisibility)
    autosaver.flush()
  }
}
