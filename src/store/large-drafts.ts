// A very large autosaved draft is not opened at start-up: parsing it (and handing it to Monaco) froze the page at
// every start (#18: a 4.9 MB draft, 15 s each time). Instead it is offered until someone opens it, from a key of its
// own where no tab's autosave writes and no pruning reaches. A tab writes a draft this large there itself (under a
// set-aside key of the page's own, when the tab is hidden or left: start-autosave.ts); one found under an ordinary
// key (written by an earlier version) is moved there at start-up. Opened, it stays where it is until the opening
// tab's next save replaces it (draftShelf's leaveInPlace).
import type { DraftStorage } from './autosave.ts'
import { isSetAsideKey, listDrafts, SET_ASIDE_PREFIX, type DraftShelfStorage, type ShelvedDraft } from './tab-drafts.ts'

/**
 * Above this many characters a draft is offered instead of opened at start-up. The app parses YAML at about 0.5 s per
 * MB on a laptop core, more for many small keys (the 1.4 MB of 30,000 annotations in manyKeysDocument took 3.7 s in
 * Node on our 2-core machine), and Monaco must then take in the whole text and its YAML worker validate it: at 1 MB
 * the page is already frozen for a second or more before the user has asked for anything. Hand-written Canaries are a
 * few kB, so nothing a person types comes near this.
 */
export const LARGE_DRAFT_CHARS = 1_000_000

export const isLargeDraft = (text: string): boolean => text.length > LARGE_DRAFT_CHARS

/**
 * Moves the stored entry at `from` under a new set-aside key and returns that key, or undefined when storage
 * refused (the entry is then where it was). A draft close to the quota cannot be copied, so when writing the copy
 * fails for want of room, the entry is removed first and put back if its new place still refuses it.
 */
export function setAsideDraft(storage: DraftStorage, from: string, id: string): string | undefined {
  const to = `${SET_ASIDE_PREFIX}${id}`
  let raw: string | null
  try {
    raw = storage.getItem(from)
  } catch {
    return undefined
  }
  if (raw === null) return undefined
  if (tryWrite(storage, to, raw)) return tryRemove(storage, from) ? to : (tryRemove(storage, to), undefined)
  // Only a storage that takes a small write lacked room for the copy; one refusing every write could not put the
  // entry back, so it is left alone.
  if (!tryWrite(storage, to, '') || !tryRemove(storage, from)) return (tryRemove(storage, to), undefined)
  if (tryWrite(storage, to, raw)) return to
  tryRemove(storage, to)
  tryWrite(storage, from, raw)
  return undefined
}

/** The drafts set aside at start-up, newest first. */
export function setAsideDrafts(storage: DraftShelfStorage): ShelvedDraft[] {
  return listDrafts(storage, '').filter((draft) => isSetAsideKey(draft.key))
}

function tryWrite(storage: DraftStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

function tryRemove(storage: DraftStorage, key: string): boolean {
  try {
    storage.removeItem(key)
    return true
  } catch {
    return false
  }
}
