/** Where two texts differ: [from, oldTo) of the old text became [from, newTo) of the new one. */
export interface TextChange {
  readonly from: number
  readonly oldTo: number
  readonly newTo: number
}

/** The one region where two texts differ: the longest common prefix, then the longest common suffix of the rest. */
export function changedRegion(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length)
  let from = 0
  while (from < limit && before.charCodeAt(from) === after.charCodeAt(from)) from++
  let tail = 0
  while (
    tail < limit - from &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++
  return { from, oldTo: before.length - tail, newTo: after.length - tail }
}
