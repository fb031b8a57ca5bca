/** Where a text change came from; decides whether it merges with the previous history entry. */
export type EditOrigin = 'editor' | 'form' | 'import' | 'fix'

/** Undo/redo over whole-text snapshots: `past` ends with the text before the latest change. */
export interface History {
  readonly past: readonly string[]
  readonly future: readonly string[]
  /** Origin and time (ms) of the latest recorded change, for coalescing keystrokes. */
  readonly lastOrigin: EditOrigin | undefined
  readonly lastAtMs: number
  /** The typing session of the latest form change (one field, typed into live), undefined for other changes. */
  readonly lastTyping?: string | undefined
}

/** Editor keystrokes closer together than this merge into one undo step. */
export const coalesceWindowMs = 1000

/** How many undo steps are kept; older ones are dropped. */
export const historyLimit = 200

/** An empty history, as after loading a document. */
export function emptyHistory(): History {
  return { past: [], future: [], lastOrigin: undefined, lastAtMs: Number.NEGATIVE_INFINITY }
}

/**
 * Records that the text changed from `previousText`. Editor keystrokes within the window merge into one entry;
 * form changes of one typing session (`typing`: one field typed into live, however slowly) merge into one entry.
 */
export function recordChange(
  history: History,
  previousText: string,
  origin: EditOrigin,
  nowMs: number,
  typing?: string,
): History {
  const mergesKeystroke =
    origin === 'editor' && history.lastOrigin === 'editor' && nowMs - history.lastAtMs < coalesceWindowMs
  const mergesTyping = origin === 'form' && typing !== undefined && history.lastTyping === typing
  const merges = (mergesKeystroke || mergesTyping) && history.past.length > 0
  const past = merges ? history.past : [...history.past, previousText].slice(-historyLimit)
  return { past, future: [], lastOrigin: origin, lastAtMs: nowMs, lastTyping: origin === 'form' ? typing : undefined }
}

/** Steps back: the text to show and the new history, or undefined when there is nothing to undo. */
export function undo(history: History, currentText: string): { text: string; history: History } | undefined {
  const text = history.past.at(-1)
  if (text === undefined) return undefined
  return {
    text,
    history: {
      past: history.past.slice(0, -1),
      future: [currentText, ...history.future],
      lastOrigin: undefined,
      lastAtMs: Number.NEGATIVE_INFINITY,
    },
  }
}

/** Steps forward again after an undo, or undefined when there is nothing to redo. */
export function redo(history: History, currentText: string): { text: string; history: History } | undefined {
  const text = history.future[0]
  if (text === undefined) return undefined
  return {
    text,
    history: {
      past: [...history.past, currentText],
      future: history.future.slice(1),
      lastOrigin: undefined,
      lastAtMs: Number.NEGATIVE_INFINITY,
    },
  }
}

/** Whether undo / redo would do anything. */
export const canUndo = (history: History): boolean => history.past.length > 0
export const canRedo = (history: History): boolean => history.future.length > 0
