// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { interceptLargePaste, largePasteAbove, type LargePaste } from './large-paste.ts'
import type { monaco as Monaco } from './monaco-setup.ts'

type Editor = Monaco.editor.IStandaloneCodeEditor

/** A model over `text` with offsets as positions, and an editor with one selection [from, to) unless told. */
function fakeEditor(text: string, selections: [number, number][] = [[0, text.length]], readOnly = false) {
  let version = 1
  const model = {
    getValue: () => text,
    getVersionId: () => version,
    getOffsetAt: (position: { offset: number }) => position.offset,
    isDisposed: () => false,
  }
  const trigger = vi.fn()
  const editor = {
    getModel: () => model,
    getSelections: () =>
      selections.map(([from, to]) => ({
        getStartPosition: () => ({ offset: from }),
        getEndPosition: () => ({ offset: to }),
      })),
    getRawOptions: () => ({ readOnly }),
    trigger,
  }
  return { editor: editor as unknown as Editor, trigger, type: (t: string) => ((text = t), version++) }
}

/** Dispatches a paste of `text` at `host`; true when something kept it from the editor. */
function paste(host: HTMLElement, text: string): boolean {
  const target = host.appendChild(document.createElement('textarea'))
  let reachedEditor = false
  target.addEventListener('paste', () => (reachedEditor = true))
  const event = Object.assign(new Event('paste', { bubbles: true, cancelable: true }), {
    clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') },
  })
  target.dispatchEvent(event)
  return !reachedEditor && event.defaultPrevented
}

/** The pastes `interceptLargePaste` hands on from `editor`, as they come. */
function collectPastes(host: HTMLElement, editor: Editor): LargePaste[] {
  const taken: LargePaste[] = []
  interceptLargePaste(
    host,
    editor,
    () => false,
    (large) => taken.push(large),
  )
  return taken
}

describe('interceptLargePaste', () => {
  let host: HTMLElement
  const big = 'a: 1\n'.repeat(largePasteAbove / 5 + 1)
  beforeEach(() => {
    vi.useFakeTimers()
    host = document.body.appendChild(document.createElement('div'))
  })
  afterEach(() => {
    vi.useRealTimers()
    host.remove()
  })

  it('leaves a paste of half a megabyte or less to Monaco', () => {
    const { editor } = fakeEditor('kind: Canary\n')
    const taken = vi.fn()
    interceptLargePaste(host, editor, () => false, taken)
    expect(paste(host, 'x'.repeat(largePasteAbove))).toBe(false)
    vi.runAllTimers()
    expect(taken).not.toHaveBeenCalled()
  })

  it('takes a larger one in the next task: the text with it in place of the selection, and where it ends', () => {
    const { editor } = fakeEditor('head\nSELECTED\ntail\n', [[5, 13]])
    const taken = collectPastes(host, editor)
    expect(paste(host, big)).toBe(true)
    expect(taken).toEqual([])
    vi.runAllTimers()
    expect(taken).toEqual([{ modelText: `head\n${big}\ntail\n`, replaced: { from: 5, to: 13 }, end: 5 + big.length }])
  })

  it('gives the model LF lines whatever the clipboard holds (the document keeps its own, model-text.ts)', () => {
    const { editor } = fakeEditor('')
    const taken = collectPastes(host, editor)
    paste(host, big.replace(/\n/g, '\r\n'))
    vi.runAllTimers()
    expect(taken[0]?.modelText).toBe(big)
  })

  it('leaves it to Monaco with several cursors, a read-only editor, or while the store’s text is on its way', () => {
    const taken = vi.fn()
    const cases: [Editor, boolean][] = [
      [
        fakeEditor('ab', [
          [0, 0],
          [1, 1],
        ]).editor,
        false,
      ],
      [fakeEditor('ab', [[0, 0]], true).editor, false],
      [fakeEditor('ab').editor, true],
    ]
    for (const [editor, busy] of cases) {
      const remove = interceptLargePaste(host, editor, () => busy, taken)
      expect(paste(host, big)).toBe(false)
      remove()
    }
    vi.runAllTimers()
    expect(taken).not.toHaveBeenCalled()
  })

  it('hands the paste back to Monaco when a key changed the text before its turn, so neither is lost', () => {
    const { editor, trigger, type } = fakeEditor('ab', [[1, 1]])
    const taken = vi.fn()
    interceptLargePaste(host, editor, () => false, taken)
    paste(host, big)
    type('aXb')
    vi.runAllTimers()
    expect(taken).not.toHaveBeenCalled()
    expect(trigger).toHaveBeenCalledWith('keyboard', 'paste', { text: big })
  })

  it('is removed by the function it returns', () => {
    const { editor } = fakeEditor('')
    interceptLargePaste(host, editor, () => false, vi.fn())()
    expect(paste(host, big)).toBe(false)
  })
})
