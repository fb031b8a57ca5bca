import { describe, expect, it } from 'vitest'
import { DRAFT_KEY, loadDraft, saveDraft } from '../store/autosave.ts'
import { LARGE_DRAFT_CHARS, setAsideDrafts } from '../store/large-drafts.ts'
import { createTabDraftTarget, draftShelf, isSetAsideKey, startingDraftKey, tabDraftKey } from '../store/tab-drafts.ts'
import { ShelfStorage } from '../test-support/shelf-storage.ts'
import { startingDocument } from './starting-document.ts'

const sample = 'sample: true\n'
const small = 'kind: Canary\n'
/** Just over the threshold: the size at which start-up stops opening a draft. */
const large = `kind: Canary\n#${'x'.repeat(LARGE_DRAFT_CHARS)}\n`
const savedAt = new Date('2026-12-06T05:00:00Z')

let ids = 0
const newId = () => `id${++ids}`

/** Starts as start-studio does for tab `tab`: its own draft when it has one, else the shared one. */
function start(storage: ShelfStorage | undefined, tab = 'tab-a') {
  const key = storage ? startingDraftKey(storage, tab) : DRAFT_KEY
  return { key, ...startingDocument(storage, sample, key, newId) }
}

describe('the start-up decision', () => {
  it('restores an ordinary draft as before, shared or this tab’s own, and offers nothing', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, small, savedAt)
    expect(start(storage)).toMatchObject({ text: small, restoredText: small, largeDraft: undefined, canAutosave: true })
    saveDraft(storage, `${small}# mine\n`, savedAt, { key: tabDraftKey('tab-a'), tab: 'tab-a' })
    expect(start(storage)).toMatchObject({ key: tabDraftKey('tab-a'), text: `${small}# mine\n` })
  })

  it(`restores a draft of exactly ${LARGE_DRAFT_CHARS} characters; one more is offered instead`, () => {
    const storage = new ShelfStorage()
    const limit = 'x'.repeat(LARGE_DRAFT_CHARS)
    saveDraft(storage, limit, savedAt)
    expect(start(storage).restoredText).toBe(limit)
    saveDraft(storage, `${limit}y`, savedAt)
    expect(start(storage)).toMatchObject({ text: sample, restoredText: undefined })
  })

  it('starts a large shared draft’s tab with the sample, sets the draft aside whole and offers it', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, large, savedAt, { key: DRAFT_KEY, tab: 'old' })
    const started = start(storage)
    expect(started).toMatchObject({ text: sample, restoredText: undefined, notice: undefined, canAutosave: true })
    expect(started.largeDraft).toMatchObject({ text: large, savedAt: savedAt.toISOString(), isShared: false })
    expect(isSetAsideKey(started.largeDraft!.key)).toBe(true)
    expect(storage.getItem(DRAFT_KEY)).toBeNull()
    expect(loadDraft(storage, started.largeDraft!.key)).toMatchObject({ ok: true, text: large })
  })

  it('never lets this tab’s autosave reach the set-aside draft, and offers it again after a reload', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, large, savedAt)
    const first = start(storage)
    // This tab autosaves new work where it writes: the shared key, now free.
    const target = createTabDraftTarget('tab-a', first.key !== DRAFT_KEY)
    saveDraft(storage, `${sample}# new work\n`, new Date(), target.current())
    const reloaded = start(storage)
    expect(reloaded).toMatchObject({
      text: `${sample}# new work\n`,
      largeDraft: { key: first.largeDraft!.key, text: large },
    })
    // It stays listed in New, with the other drafts.
    expect(
      draftShelf(storage, target)
        .list()
        .map((d) => d.text),
    ).toEqual([large])
  })

  it('sets aside a large draft kept under this tab’s own key; the tab then writes that key afresh', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, small, savedAt)
    saveDraft(storage, large, savedAt, { key: tabDraftKey('tab-a'), tab: 'tab-a' })
    const started = start(storage)
    expect(started).toMatchObject({ key: tabDraftKey('tab-a'), text: sample, largeDraft: { text: large } })
    expect(storage.getItem(tabDraftKey('tab-a'))).toBeNull()
    expect(loadDraft(storage, DRAFT_KEY)).toMatchObject({ text: small })
    expect(start(storage)).toMatchObject({ text: small, largeDraft: { key: started.largeDraft!.key } })
  })

  it('offers the newest of several set-aside drafts; the rest stay listed', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, large, new Date('2026-12-01T00:00:00Z'))
    start(storage)
    saveDraft(storage, `${large}# newer\n`, new Date('2026-12-02T00:00:00Z'))
    expect(start(storage).largeDraft?.text).toBe(`${large}# newer\n`)
    expect(setAsideDrafts(storage)).toHaveLength(2)
  })

  it('sets aside a draft that fills the storage, which has no room for a copy', () => {
    const storage = new ShelfStorage(large.length + 500)
    saveDraft(storage, large, savedAt)
    const started = start(storage)
    expect(started).toMatchObject({ canAutosave: true, largeDraft: { text: large } })
    expect(storage.getItem(DRAFT_KEY)).toBeNull()
  })

  it('leaves the draft in place and turns this tab’s autosave off when storage refuses every write', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, large, savedAt)
    const before = storage.getItem(DRAFT_KEY)
    storage.failing = { setItem: () => true }
    const started = start(storage)
    expect(started).toMatchObject({ text: sample, canAutosave: false, largeDraft: { key: DRAFT_KEY, text: large } })
    expect(started.notice?.kind).toBe('error')
    expect(started.notice?.message).toContain('Autosave is off')
    expect(storage.getItem(DRAFT_KEY) === before, 'the stored entry is unchanged').toBe(true)
  })

  it('keeps the draft in place, autosave off, when storage will not remove it', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, large, savedAt)
    storage.failing = { removeItem: true }
    expect(start(storage)).toMatchObject({ canAutosave: false, largeDraft: { key: DRAFT_KEY } })
    expect(loadDraft(storage, DRAFT_KEY)).toMatchObject({ ok: true, text: large })
  })

  it('starts with the sample and a notice when storage cannot be read, and without storage at all', () => {
    const storage = new ShelfStorage()
    saveDraft(storage, large, savedAt)
    storage.failing = { getItem: true }
    expect(start(storage)).toMatchObject({ text: sample, largeDraft: undefined, notice: { kind: 'error' } })
    expect(start(undefined)).toMatchObject({ text: sample, largeDraft: undefined, canAutosave: false })
  })
})
