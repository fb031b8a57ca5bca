import { describe, expect, it } from 'vitest'
import { ShelfStorage } from '../test-support/shelf-storage.ts'
import { DRAFT_KEY, loadDraft, saveDraft } from './autosave.ts'
import { LARGE_DRAFT_CHARS, setAsideDraft, setAsideDrafts } from './large-drafts.ts'
import { createTabDraftTarget, draftShelf, MAX_TAB_DRAFTS, pruneTabDrafts, tabDraftKey } from './tab-drafts.ts'

const large = `kind: Canary\n#${'x'.repeat(LARGE_DRAFT_CHARS)}\n`

/** A storage holding one large draft, set aside under `set-aside:s1`, with room for it only once. */
function withSetAside(): { storage: ShelfStorage; key: string } {
  const storage = new ShelfStorage(large.length + 1000)
  saveDraft(storage, large, new Date('2026-12-06T05:00:00Z'))
  const key = setAsideDraft(storage, DRAFT_KEY, 's1')!
  return { storage, key }
}

describe('a set-aside draft', () => {
  it('is listed by the shelf of every tab, and no pruning removes it', () => {
    const { storage, key } = withSetAside()
    storage.quota = Infinity
    for (let i = 0; i < MAX_TAB_DRAFTS + 3; i++)
      saveDraft(storage, `t${i}\n`, new Date(2_000_000_000_000 + i), { key: tabDraftKey(`t${i}`), tab: `t${i}` })
    pruneTabDrafts(storage, tabDraftKey('me'))
    expect(storage.getItem(key)).not.toBeNull()
    expect(
      draftShelf(storage, createTabDraftTarget('me', false))
        .list()
        .map((d) => d.key),
    ).toContain(key)
  })

  it('moves, once opened, to the key the opening tab writes, even when storage has room for it only once', () => {
    const { storage, key } = withSetAside()
    const target = createTabDraftTarget('me', true)
    const shelf = draftShelf(storage, target)
    const [draft] = shelf.list()
    shelf.takeOver(draft!)
    expect(storage.getItem(key)).toBeNull()
    expect(loadDraft(storage, tabDraftKey('me'))).toMatchObject({ ok: true, text: large, tab: 'me' })
    expect(setAsideDrafts(storage)).toEqual([])
  })

  it('stays set aside when the opening tab’s key will not take it', () => {
    const { storage, key } = withSetAside()
    const before = storage.getItem(key)
    storage.failing = { setItem: (k) => k === tabDraftKey('me') }
    const shelf = draftShelf(storage, createTabDraftTarget('me', true))
    shelf.takeOver(shelf.list()[0]!)
    expect(storage.getItem(key) === before, 'the set-aside entry is back unchanged').toBe(true)
  })

  it('is not set aside, and stays where it was, when there is nothing there or storage cannot be read', () => {
    const storage = new ShelfStorage()
    expect(setAsideDraft(storage, DRAFT_KEY, 's1')).toBeUndefined()
    saveDraft(storage, large, new Date())
    storage.failing = { getItem: true }
    expect(setAsideDraft(storage, DRAFT_KEY, 's1')).toBeUndefined()
    storage.failing = {}
    expect(loadDraft(storage, DRAFT_KEY)).toMatchObject({ ok: true })
  })
})
