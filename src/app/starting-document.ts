import { DRAFT_KEY, loadDraft } from '../store/autosave.ts'
import { isLargeDraft, setAsideDraft, setAsideDrafts } from '../store/large-drafts.ts'
import type { Notice } from '../store/studio-state.ts'
import type { DraftShelfStorage, ShelvedDraft } from '../store/tab-drafts.ts'

const autosaveOffNotice =
  'Autosave is off in this tab: the browser storage would not set your large draft aside, and saving here could ' +
  'overwrite it. Open it, or download your work.'

/** What the workspace starts with, decided before anything is parsed. */
export interface StartingDocument {
  readonly text: string
  /** The autosaved draft restored as the document, if one was. */
  readonly restoredText: string | undefined
  readonly notice: Notice | undefined
  /** A draft too large to open at start-up, offered instead (the newest, when several were set aside). */
  readonly largeDraft: ShelvedDraft | undefined
  /** False when a large draft could not be moved from the key this tab autosaves to: saving would overwrite it. */
  readonly canAutosave: boolean
}

/**
 * The text to start with: the autosaved draft at `key` when there is a readable one of ordinary size, else the
 * fallback. A large draft is set aside (moved under a key of its own, `newId` naming it) and offered rather than
 * opened, so the page never freezes parsing it at start-up; one set aside at an earlier start is offered again.
 */
export function startingDocument(
  storage: DraftShelfStorage | undefined,
  fallback: string,
  key: string,
  newId: () => string,
): StartingDocument {
  const start = { text: fallback, restoredText: undefined, notice: undefined, largeDraft: undefined }
  if (!storage) return { ...start, canAutosave: false }
  const draft = loadDraft(storage, key)
  if (draft.ok && isLargeDraft(draft.text)) {
    const setAsideKey = setAsideDraft(storage, key, newId())
    if (setAsideKey === undefined) {
      const inPlace = { key, text: draft.text, savedAt: draft.savedAt, isShared: key === DRAFT_KEY }
      return {
        ...start,
        largeDraft: inPlace,
        notice: { kind: 'error', message: autosaveOffNotice },
        canAutosave: false,
      }
    }
    const setAside = setAsideDrafts(storage)
    return { ...start, largeDraft: setAside.find((d) => d.key === setAsideKey) ?? setAside[0], canAutosave: true }
  }
  const largeDraft = setAsideDrafts(storage)[0]
  if (draft.ok) return { ...start, text: draft.text, restoredText: draft.text, largeDraft, canAutosave: true }
  const notice: Notice | undefined = draft.notice === undefined ? undefined : { kind: 'error', message: draft.notice }
  return { ...start, notice, largeDraft, canAutosave: true }
}
