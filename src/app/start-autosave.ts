import { canUndo } from '../core/history/history.ts'
import { createAutosaver } from '../store/autosave.ts'
import { showNotice } from '../store/intents/show-notice.ts'
import { LARGE_DRAFT_CHARS } from '../store/large-drafts.ts'
import type { StudioStore } from '../store/studio-state.ts'
import {
  isOtherTabWrite,
  pruneTabDrafts,
  removeSuperseded,
  SET_ASIDE_PREFIX,
  type DraftShelfStorage,
  type TabDraftTarget,
} from '../store/tab-drafts.ts'

/** How long typing must pause before the draft is written (pagehide flushes sooner). */
const AUTOSAVE_DELAY_MS = 400

const otherTabNotice =
  'Canary Studio is open in another tab too. This tab now autosaves a draft of its own, so neither tab replaces ' +
  "the other's work; New lists the other drafts."

const largeDraftNotice =
  'Over a million characters: this draft is saved when you leave or hide the tab, not while you work. Download it ' +
  'to keep a copy now.'

/** localStorage, or undefined where the browser forbids it (a sandboxed frame throws on mere access). */
export function browserStorage(): DraftShelfStorage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

/** sessionStorage (this tab's id lives there), or undefined where the browser forbids it. */
export function browserSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

/** A random tab id; getRandomValues works where randomUUID does not (a page served over plain http from a LAN address). */
export function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Where this tab autosaves, and the draft it restored at start-up (an unchanged copy needs no draft of its own). */
export interface AutosaveTab {
  readonly target: TabDraftTarget
  readonly restoredText: string | undefined
  /** Drafts this page opened and left in place (large ones): its next save replaces them, so they go then. */
  readonly opened?: Set<string>
}

/**
 * Saves the text whenever it changes (debounced) and before the page goes away; when another tab saves over this
 * tab's draft, moves this tab to a draft of its own and saves its work there at once. Returns the unsubscribe.
 */
export function startAutosave(store: StudioStore, storage: DraftShelfStorage, tab: AutosaveTab): () => void {
  // A draft this large is offered, not opened, at the next start (large-drafts.ts), so this page writes it straight
  // under a set-aside key of its own: start-up then has nothing to move.
  const largeTarget = { key: `${SET_ASIDE_PREFIX}${newTabId()}`, tab: tab.target.current().tab }
  const opened = tab.opened ?? new Set<string>()
  const onSaved = (key: string) => removeSuperseded(storage, key, [tab.target.current().key, largeTarget.key], opened)
  const autosaver = createAutosaver(storage, AUTOSAVE_DELAY_MS, {
    onNotice: (message) => showNotice(store, { kind: 'error', message }),
    target: tab.target.current,
    writeOnlyOnFlushAbove: LARGE_DRAFT_CHARS,
    onWritingOnlyOnFlush: () => showNotice(store, { kind: 'info', message: largeDraftNotice }),
    largeTarget: () => largeTarget,
    onSaved,
  })
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text !== previous.text) autosaver.schedule(state.text)
  })
  const onStorage = (event: StorageEvent) => {
    if (!isOtherTabWrite(event, tab.target.current())) return
    tab.target.separate()
    pruneTabDrafts(storage, tab.target.current().key)
    const { text, history } = store.getState()
    // The other tab's save replaced ours: write this tab's work again, under its own key, unless it is only the
    // untouched copy of the draft both tabs started from.
    if (canUndo(history) || text !== tab.restoredText) {
      autosaver.schedule(text)
      autosaver.flush()
    }
    showNotice(store, { kind: 'info', message: otherTabNotice })
  }
  // pagehide covers reload, close and bfcache; visibilitychange catches mobile tabs killed in the background.
  const flush = () => autosaver.flush()
  const onVisibility = () => document.visibilityState === 'hidden' && flush()
  window.addEventListener('storage', onStorage)
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    unsubscribe()
    window.removeEventListener('storage', onStorage)
    window.removeEventListener('pagehide', flush)
    document.removeEventListener('visibilitychange', onVisibility)
    autosaver.flush()
  }
}
