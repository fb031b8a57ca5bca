import type { DraftShelfStorage } from '../store/tab-drafts.ts'

/**
 * An in-memory localStorage with enumeration, as the draft shelf needs it. Like a browser's, it refuses a write that
 * would take keys and values past `quota` characters; `failing` makes chosen calls throw as a blocked storage does.
 */
export class ShelfStorage implements DraftShelfStorage {
  readonly items = new Map<string, string>()
  constructor(public quota = Infinity) {}
  /** Calls that throw, as a full (setItem) or blocked storage does. */
  failing: { getItem?: boolean; setItem?: (key: string, value: string) => boolean; removeItem?: boolean } = {}
  get length(): number {
    return this.items.size
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  getItem(key: string): string | null {
    if (this.failing.getItem) throw new DOMException('The operation is insecure.', 'SecurityError')
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    if (this.failing.setItem?.(key, value) || this.usedWith(key, value) > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    if (this.failing.removeItem) throw new DOMException('The operation is insecure.', 'SecurityError')
    this.items.delete(key)
  }
  private usedWith(key: string, value: string): number {
    let used = key.length + value.length
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length
    return used
  }
}
