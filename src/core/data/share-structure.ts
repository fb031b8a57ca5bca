/**
 * `next` with every subtree that equals, as data, the subtree at the same place in `previous` replaced by that
 * previous subtree (and `previous` itself when nothing changed). Re-parsing the text on every keystroke makes
 * fresh objects throughout; sharing the unchanged ones lets views and memoised stages keyed on identity skip work.
 * Only plain objects and arrays are walked; anything else is shared only when `Object.is` equal.
 */
export function shareStructure<T>(next: T, previous: unknown): T {
  if (Object.is(next, previous)) return next
  if (Array.isArray(next)) return Array.isArray(previous) ? (shareArray(next, previous) as T) : next
  if (isPlainObject(next)) return isPlainObject(previous) ? (shareObject(next, previous) as T) : next
  return next
}

function shareArray(next: readonly unknown[], previous: readonly unknown[]): readonly unknown[] {
  let isSame = next.length === previous.length
  const shared = next.map((item, i) => {
    const kept = shareStructure(item, previous[i])
    if (kept !== previous[i]) isSame = false
    return kept
  })
  return isSame ? previous : shared
}

function shareObject(next: Record<string, unknown>, previous: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next)
  const previousKeys = Object.keys(previous)
  // Key order is part of the data here: a moved key must give a new object (the YAML is rendered in order).
  let isSame = keys.length === previousKeys.length && keys.every((key, i) => previousKeys[i] === key)
  const shared: Record<string, unknown> = {}
  for (const key of keys) {
    const kept = Object.hasOwn(previous, key) ? shareStructure(next[key], previous[key]) : next[key]
    if (!Object.hasOwn(previous, key) || kept !== previous[key]) isSame = false
    // defineProperty, not assignment: a YAML key named `__proto__` must stay an ordinary key.
    Object.defineProperty(shared, key, { value: kept, enumerable: true, writable: true, configurable: true })
  }
  return isSame ? previous : shared
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}
