import { describe, expect, it } from 'vitest'
import { DRAFT_KEY, createAutosaver, loadDraft, saveDraft } from './autosave.ts'
import {
  MAX_TAB_DRAFTS,
  TAB_ID_KEY,
  createTabDraftTarget,
  draftShelf,
  isOtherTabWrite,
  listDrafts,
  pruneTabDrafts,
  removeSuperseded,
  SET_ASIDE_PREFIX,
  startingDraftKey,
  tabDraftKey,
  tabIdOf,
  type DraftShelfStorage,
} from './tab-drafts.ts'

/** An in-memory localStorage with enumeration, as tab drafts need it. */
class ShelfStorage implements DraftShelfStorage {
  readonly items = new Map<string, string>()
  get length(): number {
    return this.items.size
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
}

describe('tabIdOf', () => {
  it('keeps the id sessionStorage holds (a reload), else makes and stores one (a new tab)', () => {
    const session = new ShelfStorage()
    expect(tabIdOf(session, () => 'a1')).toBe('a1')
    expect(session.getItem(TAB_ID_KEY)).toBe('a1')
    expect(tabIdOf(session, () => 'b2')).toBe('a1')
    expect(tabIdOf(undefined, () => 'c3')).toBe('c3')
  })
})

describe('a tab and its draft key', () => {
  it('writes the shared draft until it separates, then a draft of its own, recording itself as the writer', () => {
    const storage = new ShelfStorage()
    const target = createTabDraftTarget('tab-a', false)
    expect(target.current()).toEqual({ key: DRAFT_KEY, tab: 'tab-a' })
    target.separate()
    expect(target.isSeparate()).toBe(true)
    saveDraft(storage, 'a: 1\n', new Date(0), target.current())
    expect(loadDraft(storage, tabDraftKey('tab-a'))).toMatchObject({ ok: true, text: 'a: 1\n', tab: 'tab-a' })
    expect(loadDraft(storage)).toEqual({ ok: false, notice: undefined })
  })

  it('starts from its own draft after a reload, else from the shared one', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, 'shared\n', new Date(0), { key: DRAFT_KEY, tab: 'x' })
    expect(startingDraftKey(storage, 'tab-a')).toBe(DRAFT_KEY)
    saveDraft(storage, 'own\n', new Date(0), { key: tabDraftKey('tab-a'), tab: 'tab-a' })
    expect(startingDraftKey(storage, 'tab-a')).toBe(tabDraftKey('tab-a'))
  })

  it("tells another tab's write of its key from its own and from other keys", () => {
    const storage = new ShelfStorage()
    const target = { key: DRAFT_KEY, tab: 'tab-a' }
    saveDraft(storage, 'theirs\n', new Date(0), { key: DRAFT_KEY, tab: 'tab-b' })
    const theirs = storage.getItem(DRAFT_KEY)
    expect(isOtherTabWrite({ key: DRAFT_KEY, newValue: theirs }, target)).toBe(true)
    saveDraft(storage, 'mine\n', new Date(0), target)
    expect(isOtherTabWrite({ key: DRAFT_KEY, newValue: storage.getItem(DRAFT_KEY) }, target)).toBe(false)
    expect(isOtherTabWrite({ key: tabDraftKey('tab-b'), newValue: theirs }, target)).toBe(false)
    expect(isOtherTabWrite({ key: DRAFT_KEY, newValue: null }, target)).toBe(false)
    // A draft written before tabs were told apart has no writer: it is not ours either.
    saveDraft(storage, 'old\n', new Date(0))
    expect(isOtherTabWrite({ key: DRAFT_KEY, newValue: storage.getItem(DRAFT_KEY) }, target)).toBe(true)
  })

  it('an autosaver re-saves the same text when its tab moves to a key of its own', () => {
    const storage = new ShelfStorage()
    const target = createTabDraftTarget('tab-a', false)
    const autosaver = createAutosaver(storage, 1000, { target: target.current })
    autosaver.schedule('work\n')
    autosaver.flush()
    target.separate()
    autosaver.schedule('work\n')
    autosaver.flush()
    expect(loadDraft(storage, tabDraftKey('tab-a'))).toMatchObject({ ok: true, text: 'work\n' })
  })
})

describe('the shelf of other drafts', () => {
  function shelfWith(): ShelfStorage {
    const storage = new ShelfStorage()
    saveDraft(storage, 'shared\n', new Date('2026-12-01T10:00:00Z'), { key: DRAFT_KEY, tab: 'b' })
    saveDraft(storage, 'mine\n', new Date('2026-12-01T11:00:00Z'), { key: tabDraftKey('a'), tab: 'a' })
    saveDraft(storage, 'c\n', new Date('2026-12-01T12:00:00Z'), { key: tabDraftKey('c'), tab: 'c' })
    storage.setItem('canary-studio:panes', '{}')
    storage.setItem(tabDraftKey('broken'), '{"app":')
    return storage
  }

  it('lists readable drafts but the one this tab writes, newest first, ignoring other keys', () => {
    const drafts = listDrafts(shelfWith(), tabDraftKey('a'))
    expect(drafts.map((d) => [d.text, d.isShared])).toEqual([
      ['c\n', false],
      ['shared\n', true],
    ])
  })

  it("removes a tab's own draft once opened elsewhere, but never the shared one", () => {
    const storage = shelfWith()
    const shelf = draftShelf(storage, createTabDraftTarget('a', true))
    for (const draft of shelf.list()) shelf.takeOver(draft)
    expect(storage.getItem(tabDraftKey('c'))).toBeNull()
    expect(storage.getItem(DRAFT_KEY)).not.toBeNull()
    expect(storage.getItem(tabDraftKey('a'))).not.toBeNull()
  })

  it('leaves a draft in place when leaveInPlace takes it, and moves it when it does not', () => {
    const storage = shelfWith()
    const left: string[] = []
    const shelf = draftShelf(storage, createTabDraftTarget('a', true), (draft) => {
      if (draft.text !== 'c\n') return false
      left.push(draft.key)
      return true
    })
    for (const draft of shelf.list()) shelf.takeOver(draft)
    expect(left).toEqual([tabDraftKey('c')])
    expect(loadDraft(storage, tabDraftKey('c'))).toMatchObject({ ok: true, text: 'c\n' })
    expect(loadDraft(storage, tabDraftKey('a'))).toMatchObject({ ok: true, text: 'mine\n' })
  })

  it("a tab's save removes its copy under its other own key and the drafts it opened, never the key saved", () => {
    const storage = shelfWith()
    const setAside = `${SET_ASIDE_PREFIX}page-1`
    saveDraft(storage, 'large\n', new Date(), { key: setAside, tab: 'a' })
    const opened = new Set([tabDraftKey('c'), setAside])
    removeSuperseded(storage, setAside, [tabDraftKey('a'), setAside], opened)
    expect(storage.getItem(tabDraftKey('a'))).toBeNull()
    expect(storage.getItem(tabDraftKey('c'))).toBeNull()
    expect(loadDraft(storage, setAside)).toMatchObject({ ok: true, text: 'large\n' })
    expect(opened.size).toBe(0)
    saveDraft(storage, 'small again\n', new Date(), { key: tabDraftKey('a'), tab: 'a' })
    removeSuperseded(storage, tabDraftKey('a'), [tabDraftKey('a'), setAside], opened)
    expect(storage.getItem(setAside)).toBeNull()
    expect(loadDraft(storage, DRAFT_KEY)).toMatchObject({ ok: true, text: 'shared\n' })
  })

  it(`keeps at most ${MAX_TAB_DRAFTS} tab drafts, pruning the oldest, never this tab's or the shared one`, () => {
    const storage = new ShelfStorage()
    saveDraft(storage, 'shared\n', new Date(0))
    saveDraft(storage, 'mine\n', new Date(1), { key: tabDraftKey('me'), tab: 'me' })
    for (let i = 0; i < 12; i++)
      saveDraft(storage, `t${i}\n`, new Date(1000 + i), { key: tabDraftKey(`t${i}`), tab: `t${i}` })
    pruneTabDrafts(storage, tabDraftKey('me'))
    const left = listDrafts(storage, tabDraftKey('me'))
    expect(left.filter((d) => !d.isShared).map((d) => d.text)).toEqual([
      't11\n',
      't10\n',
      't9\n',
      't8\n',
      't7\n',
      't6\n',
      't5\n',
    ])
    expect(storage.getItem(tabDraftKey('me'))).not.toBeNull()
    expect(left.some((d) => d.isShared)).toBe(true)
  })
})
