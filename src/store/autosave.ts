// The draft lives in localStorage under one namespaced key, wrapped in a versioned envelope, so that a
// reload restores the text and an entry from another app or a future version is recognised and left alone.

/** The part of the Web Storage API autosave needs (localStorage satisfies it; tests pass a fake). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The localStorage key of the draft. */
export const DRAFT_KEY = 'canary-studio:draft'

const APP = 'canary-studio'
const VERSION = 1

interface DraftEnvelopeV1 {
  readonly app: typeof APP
  readonly version: typeof VERSION
  readonly savedAt: string
  readonly text: string
  /** The tab that wrote it (see tab-drafts.ts); absent in drafts written before tabs were told apart. */
  readonly tab?: string
}

/** Whether the draft was stored, with a notice for the user when it was not. */
export type SaveDraftResult = { readonly ok: true } | { readonly ok: false; readonly notice: string }

/** The restored draft, or why there is none (`notice` is undefined when nothing was saved, so nothing needs saying). */
export type LoadDraftResult =
  | { readonly ok: true; readonly text: string; readonly savedAt: string; readonly tab?: string }
  | { readonly ok: false; readonly notice: string | undefined }

/** Where a draft is written: the key, and the tab writing it (recorded so other tabs can tell it is not theirs). */
export interface DraftTarget {
  readonly key: string
  readonly tab?: string
}

const sharedTarget: DraftTarget = { key: DRAFT_KEY }

/** Stores `text` as the draft; a full or blocked storage comes back as a notice, never as an exception. */
export function saveDraft(
  storage: DraftStorage,
  text: string,
  now: Date = new Date(),
  target: DraftTarget = sharedTarget,
): SaveDraftResult {
  const envelope: DraftEnvelopeV1 = {
    app: APP,
    version: VERSION,
    savedAt: now.toISOString(),
    text,
    ...(target.tab === undefined ? {} : { tab: target.tab }),
  }
  try {
    storage.setItem(target.key, JSON.stringify(envelope))
    return { ok: true }
  } catch (error) {
    return { ok: false, notice: `Autosave failed (${describeError(error)}); download the file to keep your work.` }
  }
}

/** Reads the draft back; a corrupt, foreign or newer entry is ignored with a notice. */
export function loadDraft(storage: DraftStorage, key: string = DRAFT_KEY): LoadDraftResult {
  let raw: string | null
  try {
    raw = storage.getItem(key)
  } catch (error) {
    return { ok: false, notice: `The autosaved draft could not be read (${describeError(error)}).` }
  }
  return readDraft(raw)
}

/** Reads a stored draft entry (`null` when there is none), as loadDraft does; for `storage` events too. */
export function readDraft(raw: string | null): LoadDraftResult {
  if (raw === null) return { ok: false, notice: undefined }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return { ok: false, notice: 'The autosaved draft was damaged and has been ignored.' }
  }
  return readEnvelope(data)
}

/** Forgets the draft (after the user chooses to discard it); failures are ignored, as there is nothing to lose. */
export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_KEY)
  } catch {
    // A storage that cannot be written holds no draft of ours either.
  }
}

function readEnvelope(data: unknown): LoadDraftResult {
  if (typeof data !== 'object' || data === null || (data as { app?: unknown }).app !== APP) {
    return { ok: false, notice: 'An autosaved entry that Canary Studio did not write was found and ignored.' }
  }
  const { version, text, savedAt, tab } = data as Partial<Record<keyof DraftEnvelopeV1, unknown>>
  if (typeof version === 'number' && version > VERSION) {
    return { ok: false, notice: 'The autosaved draft was written by a newer Canary Studio and has been ignored.' }
  }
  if (version !== VERSION || typeof text !== 'string' || typeof savedAt !== 'string') {
    return { ok: false, notice: 'The autosaved draft was damaged and has been ignored.' }
  }
  return { ok: true, text, savedAt, ...(typeof tab === 'string' ? { tab } : {}) }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.name === 'QuotaExceededError' ? 'the browser storage is full' : error.message
  return String(error)
}

/** A debounced writer of the draft, driven by the store on every text change. */
export interface Autosaver {
  /** Saves `text` once `delayMs` pass without another call; a later call replaces the pending text. */
  schedule(text: string): void
  /** Saves the pending text now (for `pagehide`); does nothing when none is pending. */
  flush(): void
  /** Drops the pending text without saving it. */
  cancel(): void
}

/** Callbacks for createAutosaver. */
export interface AutosaverOptions {
  /** Told once when saving starts failing (not on every keystroke after), so the UI can show one notice. */
  readonly onNotice?: (notice: string) => void
  /** Where each write goes, asked at write time: a tab moves to a draft of its own when another tab shares its key. */
  readonly target?: () => DraftTarget
}

/** Creates a debounced autosaver over `storage` that skips writing a text identical to the last one saved. */
export function createAutosaver(storage: DraftStorage, delayMs: number, options: AutosaverOptions = {}): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: string | undefined
  let lastSaved: { readonly key: string; readonly text: string } | undefined
  let failing = false

  const write = (): void => {
    timer = undefined
    const text = pending
    pending = undefined
    const target = options.target?.() ?? sharedTarget
    if (text === undefined || (text === lastSaved?.text && target.key === lastSaved.key)) return
    const result = saveDraft(storage, text, new Date(), target)
    if (result.ok) {
      lastSaved = { key: target.key, text }
      failing = false
    } else if (!failing) {
      failing = true
      options.onNotice?.(result.notice)
    }
  }

  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    pending = undefined
  }

  return {
    schedule(text) {
      pending = text
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(write, delayMs)
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer)
      write()
    },
    cancel,
  }
}
