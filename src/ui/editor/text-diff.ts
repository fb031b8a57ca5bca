import { changedRegion } from '../../core/text/changed-region.ts'

/** The one replacement that turns `before` into `after`: offsets into `before` and the inserted text. */
export interface TextReplacement {
  readonly from: number
  readonly to: number
  readonly text: string
}

/**
 * The smallest single replacement between two texts (common prefix and suffix trimmed), so the editor can apply
 * a form edit without moving the cursor or scroll; undefined when they are equal.
 */
export function minimalReplacement(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined
  const region = changedRegion(before, after)
  let prefix = region.from
  let suffix = before.length - region.oldTo
  // Never split a surrogate pair or a CRLF between the kept and the replaced parts.
  while (prefix > 0 && isSplitPoint(before, prefix)) prefix--
  while (suffix > 0 && isSplitPoint(before, before.length - suffix)) suffix--
  return { from: prefix, to: before.length - suffix, text: after.slice(prefix, after.length - suffix) }
}

function isSplitPoint(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1)
  const next = text.charCodeAt(at)
  const isHighSurrogate = prev >= 0xd800 && prev <= 0xdbff
  return isHighSurrogate || (prev === 13 && next === 10)
}
