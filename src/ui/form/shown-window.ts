/** How many entries of a map or list the form renders at first: enough to edit by hand, cheap to render. */
export const firstShown = 50
/** How many more each "Show more" adds. */
export const moreStep = 200
/** Above this many hidden entries "Show all" is not offered: rendering them all would freeze the tab. */
export const showAllLimit = 1000

/** The entries of a long collection the form renders, and how many it leaves out. */
export interface ShownWindow {
  /** Indexes to render, ascending, each once. */
  readonly indexes: readonly number[]
  /** How many entries are not rendered. */
  readonly hidden: number
}

/**
 * The first `limit` of `total` entries, plus the `pinned` ones beyond them (an entry just added, or one another view
 * revealed), so a 100,000-key map renders ~50 rows instead of freezing the tab. Pins outside 0..total-1 are ignored
 * (their entry was removed).
 */
export function shownWindow(total: number, limit: number, pinned: Iterable<number> = []): ShownWindow {
  const first = Math.max(0, Math.min(total, Math.floor(limit)))
  const beyond = new Set<number>()
  for (const i of pinned) if (Number.isInteger(i) && i >= first && i < total) beyond.add(i)
  const indexes = Array.from({ length: first }, (_, i) => i)
  indexes.push(...[...beyond].sort((a, b) => a - b))
  return { indexes, hidden: total - indexes.length }
}

/** The first entry the window leaves out (where "Show in YAML" takes the person), if any. */
export function firstHiddenIndex({ indexes, hidden }: ShownWindow): number | undefined {
  if (hidden <= 0) return undefined
  let i = 0
  while (indexes[i] === i) i++
  return i
}
