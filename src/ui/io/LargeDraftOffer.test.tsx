// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import type { ShelvedDraft } from '../../store/tab-drafts.ts'
import { StudioContext } from '../studio-context.ts'
import { IoProvider } from './IoProvider.tsx'

// The offer itself does not look at the size; a small text keeps loading it quick.
const draft: ShelvedDraft = {
  key: 'canary-studio:draft:set-aside:s1',
  text: podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 20'),
  savedAt: '2026-12-06T05:00:00.000Z',
  isShared: false,
}

function renderOffer() {
  const store = createStudioStore(podinfoCanaryYaml)
  const shelf = { list: () => [draft], takeOver: vi.fn<(d: ShelvedDraft) => void>() }
  render(
    <StudioContext value={store}>
      <IoProvider startupDraft={{ restoredText: undefined, shelf, largeDraft: draft }}>
        <p>workspace</p>
      </IoProvider>
    </StudioContext>,
  )
  const offer = () => screen.queryByRole('region', { name: /Your autosaved draft/ })
  return { store, shelf, offer }
}

beforeAll(() => {
  // jsdom has no modal dialogs; the confirmation only needs to be in the DOM.
  const proto = HTMLDialogElement.prototype as Partial<Pick<HTMLDialogElement, 'showModal' | 'close'>>
  if (typeof proto.showModal !== 'function')
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) {
        this.open = true
      },
      close(this: HTMLDialogElement) {
        this.open = false
      },
    })
})
afterEach(cleanup)

describe('the offer of a large draft', () => {
  it('says how large it is and when it was saved, over the untouched workspace', () => {
    const { offer, store } = renderOffer()
    expect(offer()?.textContent).toMatch(/Your autosaved draft \(\d+ kB, saved .*2026.*\) was not opened at start-up/)
    expect(store.getState().text).toBe(podinfoCanaryYaml)
  })

  it('opens the draft as the document and hands it to this tab', () => {
    const { offer, store, shelf } = renderOffer()
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }))
    expect(store.getState().text).toBe(draft.text)
    expect(shelf.takeOver).toHaveBeenCalledWith(draft)
    expect(offer()).toBeNull()
  })

  it('asks first when the current document has edits, and keeps both while the user decides', () => {
    const { offer, store, shelf } = renderOffer()
    replaceText(store, podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: 45'), 'editor')
    fireEvent.click(screen.getByRole('button', { name: 'Open it' }))
    expect(screen.getByRole('dialog', { name: 'Replace the current document?' })).toBeTruthy()
    expect(store.getState().text).toContain('maxWeight: 45')
    expect(shelf.takeOver).not.toHaveBeenCalled()
    expect(offer()).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }))
    expect(store.getState().text).toBe(draft.text)
    expect(shelf.takeOver).toHaveBeenCalledWith(draft)
  })

  it('is put away by "Keep it for later", saying where the draft stays', () => {
    const { offer, store, shelf } = renderOffer()
    fireEvent.click(screen.getByRole('button', { name: 'Keep it for later' }))
    expect(offer()).toBeNull()
    expect(store.getState().ui.notice?.message).toContain('New lists it')
    expect(shelf.takeOver).not.toHaveBeenCalled()
  })
})
