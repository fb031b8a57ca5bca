// A value posted from a worker is deserialised on the receiving thread in one task: a Canary with 100,000
// annotations took 110 ms there before anything else ran (#18). Split, it arrives as a skeleton holding every large
// collection as an empty placeholder, then as chunks of those collections' entries, each its own message and so its
// own task. The placeholders are the collections themselves, filled in place, so every reference to a collection
// (the same Canary is `canary`, `parsed.canary` and a document's data) still points at one object, as structured
// clone would have kept it.

/** Where a large collection's placeholder sits: the keys and indexes from the root of the skeleton. */
export type ChunkPath = readonly (string | number)[]

/** A value split for posting: `skeleton` with `paths.length` collections left empty, and the chunks that fill them. */
export interface SplitValue {
  readonly skeleton: unknown
  /** The place of each placeholder, reachable once the chunks before it are applied (parents come first). */
  readonly paths: readonly ChunkPath[]
  readonly chunks: readonly ValueChunk[]
}

/** Entries of the collection `paths[collection]`: `[key, value, key, value…]` for an object, items for an array. */
export interface ValueChunk {
  readonly collection: number
  readonly entries: readonly unknown[]
}

interface Pending {
  readonly source: object
  readonly placeholder: object
}

/**
 * Splits `value` so that no collection of more than `maxEntries` entries travels in one message, and no chunk holds
 * more than `maxEntries` entries of one. Only plain objects and arrays are walked; everything else is posted as it is.
 */
export function splitValue(value: unknown, maxEntries: number): SplitValue {
  const copies = new Map<object, unknown>()
  const paths: ChunkPath[] = []
  const queue: Pending[] = []

  const copy = (item: unknown, path: ChunkPath): unknown => {
    if (!isCollection(item)) return item
    const known = copies.get(item)
    if (known !== undefined) return known
    if (entryCount(item) > maxEntries) {
      const placeholder = Array.isArray(item) ? [] : {}
      copies.set(item, placeholder)
      paths.push(path)
      queue.push({ source: item, placeholder })
      return placeholder
    }
    if (Array.isArray(item)) {
      const out: unknown[] = []
      copies.set(item, out)
      item.forEach((entry, i) => out.push(copy(entry, [...path, i])))
      return out
    }
    const out: Record<string, unknown> = {}
    copies.set(item, out)
    for (const key of Object.keys(item)) define(out, key, copy((item as Record<string, unknown>)[key], [...path, key]))
    return out
  }

  const skeleton = copy(value, [])
  const chunks: ValueChunk[] = []
  // Breadth first: a collection found inside another's entries is queued after it, so its path exists when reached.
  for (let collection = 0; collection < queue.length; collection++) {
    const { source } = queue[collection]!
    const path = paths[collection]!
    if (Array.isArray(source)) {
      for (let start = 0; start < source.length; start += maxEntries) {
        const entries = source.slice(start, start + maxEntries).map((item, i) => copy(item, [...path, start + i]))
        chunks.push({ collection, entries })
      }
      continue
    }
    const keys = Object.keys(source)
    for (let start = 0; start < keys.length; start += maxEntries) {
      const entries: unknown[] = []
      for (const key of keys.slice(start, start + maxEntries))
        entries.push(key, copy((source as Record<string, unknown>)[key], [...path, key]))
      chunks.push({ collection, entries })
    }
  }
  return { skeleton, paths, chunks }
}

/** Puts a split value back together as its chunks arrive, in the order splitValue made them. */
export interface ValueAssembly {
  /** Applies one chunk; false when it does not fit this value (a chunk of another collection or a lost one). */
  add(chunk: ValueChunk): boolean
  /** The value, complete once every chunk has been added. */
  readonly value: unknown
}

export function assembleValue(skeleton: unknown, paths: readonly ChunkPath[]): ValueAssembly {
  const collections: (object | undefined)[] = []
  const collectionAt = (index: number): object | undefined => {
    if (collections[index] === undefined && paths[index] !== undefined)
      collections[index] = reach(skeleton, paths[index])
    return collections[index]
  }
  return {
    value: skeleton,
    add({ collection, entries }) {
      const target = collectionAt(collection)
      if (Array.isArray(target)) {
        for (const entry of entries) target.push(entry)
        return true
      }
      if (target === undefined || entries.length % 2 !== 0) return false
      for (let i = 0; i < entries.length; i += 2)
        define(target as Record<string, unknown>, String(entries[i]), entries[i + 1])
      return true
    },
  }
}

function reach(root: unknown, path: ChunkPath): object | undefined {
  let at: unknown = root
  for (const step of path) {
    if (!isCollection(at)) return undefined
    at = (at as Record<string | number, unknown>)[step]
  }
  return isCollection(at) ? at : undefined
}

function entryCount(collection: object): number {
  return Array.isArray(collection) ? collection.length : Object.keys(collection).length
}

function isCollection(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

// defineProperty, not assignment: a YAML key named `__proto__` must stay an ordinary key.
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
