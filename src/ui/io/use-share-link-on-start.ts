import { useEffect, useRef } from 'react'
import { decodeShareLink, hasSharedDocument } from '../../core/share/share-link.ts'
import { showNotice } from '../../store/intents/show-notice.ts'
import type { StudioStore } from '../../store/studio-state.ts'
import type { DraftShelf, ShelvedDraft } from '../../store/tab-drafts.ts'
import type { PendingLoad } from './io-dialog-state.ts'
import { replaceReason } from './replace-reason.ts'

/** Whether start-up restored an autosaved draft, and its text (a link opening another text must ask first). */
export interface StartupDraft {
  readonly restoredText: string | undefined
  /** Drafts other tabs autosaved, offered by New; absent without browser storage. */
  readonly shelf?: DraftShelf
  /** A draft too large to open at start-up, set aside and offered instead. */
  readonly largeDraft?: ShelvedDraft
}

function removeFragment(): void {
  const { pathname, search } = window.location
  // Drop the #yaml= part so a reload restores the autosave instead of re-opening the link over later edits.
  window.history.replaceState(window.history.state, '', `${pathname}${search}`)
}

/** Opens a `#yaml=` link at start-up (and when one is pasted into the address bar later), asking when it would replace work. */
export function useShareLinkOnStart(
  store: StudioStore,
  draft: StartupDraft,
  open: (load: PendingLoad, reason: string | undefined) => void,
): void {
  const latest = useRef({ draft, open })
  useEffect(() => {
    latest.current = { draft, open }
  })
  useEffect(() => {
    // StrictMode mounts twice: the first run's decode finishes after its cleanup and must do nothing.
    let isCancelled = false
    const handle = async () => {
      const hash = window.location.hash
      if (!hasSharedDocument(hash)) return
      const decoded = await decodeShareLink(hash)
      if (isCancelled) return
      removeFragment()
      if (!decoded.ok) return showNotice(store, { kind: 'error', message: decoded.message })
      const state = store.getState()
      if (decoded.text === state.text) return
      // A link pasted into the address bar later asks exactly as one opened at start-up does.
      const reason = replaceReason(state, latest.current.draft.restoredText)
      latest.current.open({ text: decoded.text, source: 'share-link' }, reason)
    }
    void handle()
    const onHashChange = () => void handle()
    window.addEventListener('hashchange', onHashChange)
    return () => {
      isCancelled = true
      window.removeEventListener('hashchange', onHashChange)
    }
  }, [store])
}
