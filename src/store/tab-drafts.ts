// Two tabs of the app share one localStorage. With one draft key, the last tab to save wins and the other tab's
// work is gone at its next reload. So a tab writes the shared key only until it sees another tab write it (the
// `storage` event); from then on it keeps a draft of its own, under a key named after it. The tab's id lives in
// sessionStorage, which a reload keeps and a new tab does not, so a reload finds the tab's own draft again.
import { DRAFT_KEY, loadDraft, readDraft, saveDraft, type DraftStorage, type DraftTarget } from './autosave.ts'

/** The sessionStorage key of this tab's id. */
export const TAB_ID_KEY = 'canary-studio:tab'

/** At most this many tabs' own drafts are kept; the oldest go first (the shared draft is never pruned). */
export const MAX_TAB_DRAFTS = 8

/** localStorage as tab drafts use it: the draft calls, and enumeration to find other tabs' drafts. */
export type DraftShelfStorage = DraftStorage & Pick<Storage, 'key' | 'length'>

/** The prefix of the keys large drafts are set aside under at start-up (see large-drafts.ts); no tab writes there. */
export const SET_ASIDE_PREFIX = `${DRAFT_KEY}:set-aside:`

export const isSetAsideKey = (key: string): boolean => key.startsWith(SET_ASIDE_PREFIX)

/** The key of the draft a tab keeps for itself once another tab shares the common one. */
export const tabDraftKey = (tab: string): string => `${DRAFT_KEY}:${tab}`

/** This tab's id: the one sessionStorage kept across a reload, else a new one stored there. */
export function tabIdOf(session: Pick<Storage, 'getItem' | 'setItem'> | undefined, newId: () => string): string {
  try {
    const kept = session?.getItem(TAB_ID_KEY)
    if (kept) return kept
  } catch {
    // A storage that cannot be read keeps no id: this tab gets a new one.
  }
  const id = newId()
  try {
    session?.setItem(TAB_ID_KEY, id)
  } catch {
    // Without sessionStorage a reload is a new tab; the draft still lands under the shared key.
  }
  return id
}

/** Where this tab writes its draft now, and how it changes when another tab writes the same key. */
export interface TabDraftTarget {
  readonly current: () => DraftTarget
  /** Move this tab to its own draft key (idempotent). */
  readonly separate: () => void
  readonly isSeparate: () => boolean
}

/** A tab's draft target, starting on its own key when a reload restored its own draft. */
export function createTabDraftTarget(tab: string, startSeparate: boolean): TabDraftTarget {
  let target: DraftTarget = startSeparate ? { key: tabDraftKey(tab), tab } : { key: DRAFT_KEY, tab }
  return {
    current: () => target,
    separate: () => {
      target = { key: tabDraftKey(tab), tab }
    },
    isSeparate: () => target.key !== DRAFT_KEY,
  }
}

/** The draft a tab starts with: its own (kept across a reload) when there is one, else the shared draft. */
export function startingDraftKey(storage: DraftStorage, tab: string): string {
  return loadDraft(storage, tabDraftKey(tab)).ok ? tabDraftKey(tab) : DRAFT_KEY
}

/** Whether a `storage` event says another tab just saved over the draft key this tab writes. */
export function isOtherTabWrite(event: Pick<StorageEvent, 'key' | 'newValue'>, target: DraftTarget): boolean {
  if (event.key !== target.key || event.newValue === null) return false
  const draft = readDraft(event.newValue)
  return draft.ok && draft.tab !== target.tab
}

/** A draft found in storage that this tab is not writing. */
export interface ShelvedDraft {
  readonly key: string
  readonly text: string
  readonly savedAt: string
  /** Whether it is the shared draft (left in place when opened) rather than a tab's own (removed once opened). */
  readonly isShared: boolean
}

/** Every readable draft but the one at `exceptKey`, newest first. */
export function listDrafts(storage: DraftShelfStorage, exceptKey: string): ShelvedDraft[] {
  const drafts: ShelvedDraft[] = []
  for (const key of draftKeys(storage)) {
    if (key === exceptKey) continue
    const draft = loadDraft(storage, key)
    if (draft.ok) drafts.push({ key, text: draft.text, savedAt: draft.savedAt, isShared: key === DRAFT_KEY })
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

/** Removes the oldest tab drafts beyond MAX_TAB_DRAFTS, never `keepKey` (this tab's), the shared one or a set-aside one. */
export function pruneTabDrafts(storage: DraftShelfStorage, keepKey: string): void {
  const old = listDrafts(storage, keepKey).filter((d) => !d.isShared && !isSetAsideKey(d.key))
  for (const draft of old.slice(MAX_TAB_DRAFTS - 1)) removeDraft(storage, draft.key)
}

/**
 * After a tab saved its document under `savedKey`: its copy under its other own key (a small text goes under its
 * draft key, a large one under a set-aside key of its own) and the drafts it opened and left in place are older
 * versions of what was just saved, so they go.
 */
export function removeSuperseded(
  storage: DraftStorage,
  savedKey: string,
  ownKeys: readonly string[],
  opened: Set<string>,
): void {
  for (const key of [...ownKeys, ...opened]) if (key !== savedKey) removeDraft(storage, key)
  opened.clear()
}

/** Forgets one draft; a storage that refuses is left as it is (nothing is lost by keeping a draft). */
export function removeDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key)
  } catch {
    // Nothing to do: the draft stays listed.
  }
}

function draftKeys(storage: DraftShelfStorage): string[] {
  const keys: string[] = []
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key !== null && (key === DRAFT_KEY || key.startsWith(`${DRAFT_KEY}:`))) keys.push(key)
    }
  } catch {
    // Storage that cannot be enumerated lists no drafts.
  }
  return keys
}

/** The drafts other tabs left (and large ones set aside), for the New dialog: listed fresh each time, taken over once opened. */
export interface DraftShelf {
  readonly list: () => ShelvedDraft[]
  readonly takeOver: (draft: ShelvedDraft) => void
}

/**
 * A shelf over `storage` that never lists the draft this tab is writing. An opened draft that `leaveInPlace` takes
 * (true) is not moved: copying megabytes in localStorage is one long synchronous write, so a large draft stays
 * where it is until this tab's next save supersedes it.
 */
export function draftShelf(
  storage: DraftShelfStorage,
  target: TabDraftTarget,
  leaveInPlace?: (draft: ShelvedDraft) => boolean,
): DraftShelf {
  return {
    list: () => listDrafts(storage, target.current().key),
    // The shared draft stays: the tab writing it may still be open. Any other is taken over by the opener.
    takeOver: (draft) => {
      if (!draft.isShared && !leaveInPlace?.(draft)) moveDraft(storage, draft, target.current())
    },
  }
}

/**
 * Moves an opened draft to the opener's key in one step, so it is never only in memory (as it would be until the
 * next autosave), removing first: a large draft may not fit twice. A refused write puts it back where it was.
 */
function moveDraft(storage: DraftStorage, draft: ShelvedDraft, target: DraftTarget): void {
  let raw: string | null
  try {
    raw = storage.getItem(draft.key)
    if (raw === null) return
    storage.removeItem(draft.key)
  } catch {
    return
  }
  if (saveDraft(storage, draft.text, new Date(), target).ok) return
  try {
    storage.setItem(draft.key, raw)
  } catch {
    // The text is still the open document; the autosave's notice says saving failed and to download it.
  }
}
