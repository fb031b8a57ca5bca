import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_KEY, clearDraft, createAutosaver, loadDraft, saveDraft, type DraftStorage } from './autosave.ts'

/** An in-memory Storage that can be told to fail the way browsers do (quota, blocked access). */
class FakeStorage implements DraftStorage {
  readonly items = new Map<string, string>()
  writes = 0
  failWith: Error | undefined

  getItem(key: string): string | null {
    if (this.failWith) throw this.failWith
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    if (this.failWith) throw this.failWith
    this.writes += 1
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    if (this.failWith) throw this.failWith
    this.items.delete(key)
  }
}

const quotaError = Object.assign(new Error('quota'), { name: 'QuotaExceededError' })

describe('saveDraft / loadDraft', () => {
  it('round-trips the text exactly, with the time it was saved', () => {
    const storage = new FakeStorage()
    const text = '# ünïcode ☕\r\nkind: Canary\n\n'
    expect(saveDraft(storage, text, new Date('2026-11-25T15:00:00Z'))).toEqual({ ok: true })
    expect(loadDraft(storage)).toEqual({ ok: true, text, savedAt: '2026-11-25T15:00:00.000Z' })
  })

  it('stores a versioned header line under the namespaced key, then the text as it is', () => {
    const storage = new FakeStorage()
    saveDraft(storage, 'a: "1"\r\n', new Date(0))
    expect(storage.items.get(DRAFT_KEY)).toBe(
      '{"app":"canary-studio","version":2,"savedAt":"1970-01-01T00:00:00.000Z"}\na: "1"\r\n',
    )
  })

  it('still reads a version 1 draft (one JSON object)', () => {
    const storage = new FakeStorage()
    const v1 = { app: 'canary-studio', version: 1, savedAt: 'x', text: 'a: 1\n', tab: 't1' }
    storage.items.set(DRAFT_KEY, JSON.stringify(v1))
    expect(loadDraft(storage)).toEqual({ ok: true, text: 'a: 1\n', savedAt: 'x', tab: 't1' })
  })

  it('reads an empty text after the header', () => {
    const storage = new FakeStorage()
    saveDraft(storage, '', new Date(0))
    expect(loadDraft(storage)).toEqual({ ok: true, text: '', savedAt: '1970-01-01T00:00:00.000Z' })
  })

  it('says nothing when there is no draft', () => {
    expect(loadDraft(new FakeStorage())).toEqual({ ok: false, notice: undefined })
  })

  it.each([
    ['not JSON', '{"app":"canary-stu', 'damaged'],
    ['JSON of another app', '{"theme":"dark"}', 'did not write'],
    ['a bare string', '"kind: Canary"', 'did not write'],
    ['null', 'null', 'did not write'],
    ['a newer version', '{"app":"canary-studio","version":3,"savedAt":"x"}\na', 'newer'],
    ['a version 2 header without its line break', '{"app":"canary-studio","version":2,"savedAt":"x"}', 'damaged'],
    [
      'a version 1 object followed by a line',
      '{"app":"canary-studio","version":1,"savedAt":"x","text":"a"}\nb',
      'damaged',
    ],
    ['a damaged header line', '{"app":"canary-st\nkind: Canary', 'damaged'],
    ['a text that is not a string', '{"app":"canary-studio","version":1,"savedAt":"x","text":42}', 'damaged'],
    ['a missing version', '{"app":"canary-studio","savedAt":"x","text":"a"}', 'damaged'],
  ])('ignores %s with a notice', (_label, raw, notice) => {
    const storage = new FakeStorage()
    storage.items.set(DRAFT_KEY, raw)
    const result = loadDraft(storage)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.notice).toContain(notice)
  })

  it('turns storage failures into notices instead of exceptions', () => {
    const storage = new FakeStorage()
    storage.failWith = quotaError
    expect(saveDraft(storage, 'a')).toEqual({
      ok: false,
      notice: 'Autosave failed (the browser storage is full); download the file to keep your work.',
    })
    storage.failWith = new Error('The operation is insecure.')
    expect(loadDraft(storage)).toEqual({
      ok: false,
      notice: 'The autosaved draft could not be read (The operation is insecure.).',
    })
    expect(() => clearDraft(storage)).not.toThrow()
  })

  it('clears the draft', () => {
    const storage = new FakeStorage()
    saveDraft(storage, 'a')
    clearDraft(storage)
    expect(loadDraft(storage)).toEqual({ ok: false, notice: undefined })
  })
})

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const savedText = (storage: FakeStorage) => {
    const draft = loadDraft(storage)
    return draft.ok ? draft.text : undefined
  }

  it('writes once, the last text, after the delay of quiet', () => {
    const storage = new FakeStorage()
    const autosaver = createAutosaver(storage, 500)
    autosaver.schedule('a')
    vi.advanceTimersByTime(300)
    autosaver.schedule('ab')
    vi.advanceTimersByTime(499)
    expect(storage.writes).toBe(0)
    vi.advanceTimersByTime(1)
    expect(storage.writes).toBe(1)
    expect(savedText(storage)).toBe('ab')
  })

  it('flushes a pending text at once and cancels a pending one', () => {
    const storage = new FakeStorage()
    const autosaver = createAutosaver(storage, 500)
    autosaver.schedule('first')
    autosaver.flush()
    expect(savedText(storage)).toBe('first')
    autosaver.schedule('second')
    autosaver.cancel()
    vi.advanceTimersByTime(1000)
    autosaver.flush()
    expect(savedText(storage)).toBe('first')
    expect(storage.writes).toBe(1)
  })

  it('does not rewrite a text identical to the last one saved', () => {
    const storage = new FakeStorage()
    const autosaver = createAutosaver(storage, 100)
    autosaver.schedule('same')
    vi.advanceTimersByTime(100)
    autosaver.schedule('same')
    vi.advanceTimersByTime(100)
    expect(storage.writes).toBe(1)
  })

  it('reports a failing storage once, and again only after it recovered and failed anew', () => {
    const storage = new FakeStorage()
    const notices: string[] = []
    const autosaver = createAutosaver(storage, 10, { onNotice: (n) => notices.push(n) })
    storage.failWith = quotaError
    for (const text of ['a', 'ab', 'abc']) {
      autosaver.schedule(text)
      vi.advanceTimersByTime(10)
    }
    expect(notices).toHaveLength(1)
    storage.failWith = undefined
    autosaver.schedule('abcd')
    vi.advanceTimersByTime(10)
    expect(savedText(storage)).toBe('abcd')
    storage.failWith = quotaError
    autosaver.schedule('abcde')
    vi.advanceTimersByTime(10)
    expect(notices).toHaveLength(2)
  })

  it('writes a text over writeOnlyOnFlushAbove only on flush, and says so once per crossing', () => {
    const storage = new FakeStorage()
    let told = 0
    const autosaver = createAutosaver(storage, 10, { writeOnlyOnFlushAbove: 5, onWritingOnlyOnFlush: () => told++ })
    autosaver.schedule('small')
    vi.advanceTimersByTime(10)
    expect(savedText(storage)).toBe('small')
    autosaver.schedule('larger')
    autosaver.schedule('larger still')
    vi.advanceTimersByTime(60_000)
    expect(savedText(storage)).toBe('small')
    expect(told).toBe(1)
    autosaver.flush()
    expect(savedText(storage)).toBe('larger still')
    autosaver.schedule('tiny')
    vi.advanceTimersByTime(10)
    expect(savedText(storage)).toBe('tiny')
    autosaver.schedule('large again')
    expect(told).toBe(2)
  })

  it('a small text scheduled after a large one is written after the delay, the large one never', () => {
    const storage = new FakeStorage()
    const autosaver = createAutosaver(storage, 10, { writeOnlyOnFlushAbove: 5 })
    autosaver.schedule('a large text')
    autosaver.schedule('ok')
    vi.advanceTimersByTime(10)
    expect(savedText(storage)).toBe('ok')
    expect(storage.writes).toBe(1)
  })

  it('writes a text over the limit under largeTarget, and tells onSaved each key written', () => {
    const storage = new FakeStorage()
    const saved: string[] = []
    const autosaver = createAutosaver(storage, 10, {
      writeOnlyOnFlushAbove: 5,
      largeTarget: () => ({ key: 'aside', tab: 't' }),
      onSaved: (key) => saved.push(key),
    })
    autosaver.schedule('small')
    vi.advanceTimersByTime(10)
    autosaver.schedule('larger text')
    autosaver.flush()
    expect(saved).toEqual([DRAFT_KEY, 'aside'])
    expect(loadDraft(storage, 'aside')).toMatchObject({ ok: true, text: 'larger text', tab: 't' })
    expect(savedText(storage)).toBe('small')
  })
})
