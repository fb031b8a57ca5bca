// The draft lives in localStorage under one namespaced key, wrapped in a versioned envelope, so that a
// reload restores the text and an entry from another app or a future version is recognised and left alone.
// Version 2 stores the envelope as one JSON line and the text after it as it is: JSON-escaping a 5 MB text on every
// save was half of a 250 ms task (#18). Version 1 (the whole entry one JSON object) is still read.

/** The part of the Web Storage API autosave needs (localStorage satisfies it; tests pass a fake). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The localStorage key of the draft. */
export const DRAFT_KEY = 'canary-studio:draft'

const APP = 'canary-studio'
const VERSION = 2

/** The first line of a version 2 entry; the text follows its line break. */
interface DraftHeaderV2 {
  readonly app: typeof APP
  readonly version: typeof VERSION
  readonly savedAt: string
  /** The tab that wrote it (see tab-drafts.ts); absent in drafts written before tabs were told apart. */
  readonly tab?: string
}

/** A version 1 entry: everything in one JSON object (JSON has no raw line break, which tells the versions apart). */
interface DraftEnvelopeV1 extends Omit<DraftHeaderV2, 'version'> {
  readonly version: 1
  readonly text: string
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
  const header: DraftHeaderV2 = {
    app: APP,
    version: VERSION,
    savedAt: now.toISOString(),
    ...(target.tab === undefined ? {} : { tab: target.tab }),
  }
  try {
    storage.setItem(target.key, `${JSON.stringify(header)}\n${text}`)
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
  const lineEnd = raw.indexOf('\n')
  let data: unknown
  try {
    data = JSON.parse(lineEnd < 0 ? raw : raw.slice(0, lineEnd))
  } catch {
    return { ok: false, notice: 'The autosaved draft was damaged and has been ignored.' }
  }
  return readEnvelope(data, lineEnd < 0 ? undefined : raw.slice(lineEnd + 1))
}

/** Forgets the draft (after the user chooses to discard it); failures are ignored, as there is nothing to lose. */
export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_KEY)
  } catch {
    // A storage that cannot be written holds no draft of ours either.
  }
}

/** The entry's envelope, and the text after its first line when it has one (version 2). */
function readEnvelope(data: unknown, textAfterHeader: string | undefined): LoadDraftResult {
  if (typeof data !== 'object' || data === null || (data as { app?: unknown }).app !== APP) {
    return { ok: false, notice: 'An autosaved entry that Canary Studio did not write was found and ignored.' }
  }
  const envelope = data as Partial<Record<keyof DraftEnvelopeV1, unknown>>
  const { version, savedAt, tab } = envelope
  if (typeof version === 'number' && version > VERSION) {
    return { ok: false, notice: 'The autosaved draft was written by a newer Canary Studio and has been ignored.' }
  }
  const text = version === 1 ? envelope.text : textAfterHeader
  const known = (version === 1 && textAfterHeader === undefined) || (version === VERSION && text !== undefined)
  if (!known || typeof text !== 'string' || typeof savedAt !== 'string') {
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
  /**
   * Texts longer than this are written only by flush (the page being hidden or left), not while the user works:
   * localStorage writes synchronously, and writing 5 MB held the page for 140–280 ms each time (#18).
   */
  readonly writeOnlyOnFlushAbove?: number
  /** Told when a text first goes over writeOnlyOnFlushAbove (again after it came back under). */
  readonly onWritingOnlyOnFlush?: () => void
  /**
   * Where a text over writeOnlyOnFlushAbove is written instead of `target`: a set-aside key, so that the next start
   * offers it without first moving 5 MB between keys (a copy localStorage can only make synchronously).
   */
  readonly largeTarget?: () => DraftTarget
  /** Told after each successful write, with the key written. */
  readonly onSaved?: (key: string) => void
}

/** Creates a debounced autosaver over `storage` that skips writing a text identical to the last one saved. */
export function createAutosaver(storage: DraftStorage, delayMs: number, options: AutosaverOptions = {}): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: string | undefined
  let lastSaved: { readonly key: string; readonly text: string } | undefined
  let failing = false
  let onlyOnFlush = false

  const write = (): void => {
    timer = undefined
    const text = pending
    pending = undefined
    if (text === undefined) return
    const large = text.length > (options.writeOnlyOnFlushAbove ?? Infinity)
    const target = (large ? options.largeTarget?.() : undefined) ?? options.target?.() ?? sharedTarget
    if (text === lastSaved?.text && target.key === lastSaved.key) return
    const result = saveDraft(storage, text, new Date(), target)
    if (result.ok) {
      lastSaved = { key: target.key, text }
      failing = false
      options.onSaved?.(target.key)
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
      timer = undefined
      const large = text.length > (options.writeOnlyOnFlushAbove ?? Infinity)
      if (large && !onlyOnFlush) options.onWritingOnlyOnFlush?.()
      onlyOnFlush = large
      if (!large) timer = setTimeout(write, delayMs)
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer)
      write()
    },
    cancel,
  }
}
