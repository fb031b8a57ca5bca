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

// Called on every keystroke for the whole document: nothing is allocated for a subtree that turns out unchanged.
function shareArray(next: readonly unknown[], previous: readonly unknown[]): readonly unknown[] {
  let isSame = next.length === previous.length
  const kept: unknown[] = []
  for (let i = 0; i < next.length; i++) {
    const item = shareStructure(next[i], previous[i])
    kept.push(item)
    if (item !== previous[i]) isSame = false
  }
  return isSame ? previous : kept
}

// One descriptor, refilled per key: defineProperty copies it.
const descriptor: PropertyDescriptor = { value: undefined, enumerable: true, writable: true, configurable: true }

function shareObject(next: Record<string, unknown>, previous: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next)
  const previousKeys = Object.keys(previous)
  // Key order is part of the data here: a moved key must give a new object (the YAML is rendered in order).
  let isSame = keys.length === previousKeys.length
  const kept: unknown[] = []
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const had = Object.hasOwn(previous, key)
    const value = had ? shareStructure(next[key], previous[key]) : next[key]
    kept.push(value)
    if (!had || value !== previous[key] || previousKeys[i] !== key) isSame = false
  }
  if (isSame) return previous
  const shared: Record<string, unknown> = {}
  // defineProperty, not assignment: a YAML key named `__proto__` must stay an ordinary key.
  for (let i = 0; i < keys.length; i++) {
    descriptor.value = kept[i]
    Object.defineProperty(shared, keys[i]!, descriptor)
  }
  descriptor.value = undefined
  return shared
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}
