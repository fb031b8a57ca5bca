import { describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from './create-studio-store.ts'
import { applyFix } from './intents/apply-fix.ts'
import { focusPath } from './intents/focus-path.ts'
import { insertItem } from './intents/insert-item.ts'
import { loadDocument } from './intents/load-document.ts'
import { redo } from './intents/redo.ts'
import { removeField } from './intents/remove-field.ts'
import { replaceText } from './intents/replace-text.ts'
import { selectTick } from './intents/select-tick.ts'
import { setField } from './intents/set-field.ts'
import { undo } from './intents/undo.ts'
import { selectCanUndo, selectIsReadOnly, selectShownCanary, selectSyntaxError } from './selectors.ts'
import type { StudioState } from './studio-state.ts'

const broken = podinfoCanaryYaml.replace('threshold: 3', 'threshold: [3')

describe('studio store', () => {
  it('starts with the text analysed and nothing to undo', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    expect(store.getState().analysis.canary?.metadata?.name).toBe('podinfo')
    expect(selectCanUndo(store.getState())).toBe(false)
  })

  it('changes text, analysis and history in one update', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    const seen: StudioState[] = []
    store.subscribe((s) => seen.push(s))
    setField(store, ['spec', 'analysis', 'maxWeight'], 60)
    expect(seen).toHaveLength(1)
    const [s] = seen
    expect(s?.text).toContain('maxWeight: 60')
    expect(s?.analysis.text).toBe(s?.text)
    expect(s?.analysis.canary?.spec?.analysis?.maxWeight).toBe(60)
    expect(s?.history.past).toEqual([podinfoCanaryYaml])
  })

  it('keeps the comment above a field the form sets', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    setField(store, ['spec', 'analysis', 'stepWeight'], 5)
    expect(store.getState().text).toContain(
      '    # Add this much canary weight (percent) after each passing step.\n    stepWeight: 5\n',
    )
  })

  it('undoes a form edit, then redoes it', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    setField(store, ['metadata', 'name'], 'frontend')
    const edited = store.getState().text
    expect(undo(store)).toBe(true)
    expect(store.getState().text).toBe(podinfoCanaryYaml)
    expect(store.getState().analysis.canary?.metadata?.name).toBe('podinfo')
    expect(redo(store)).toBe(true)
    expect(store.getState().text).toBe(edited)
    expect(undo(store) && undo(store)).toBe(false)
  })

  it('merges quick editor keystrokes into one undo step', () => {
    const store = createStudioStore('a')
    replaceText(store, 'ab', 'editor', 1000)
    replaceText(store, 'abc', 'editor', 1500)
    replaceText(store, 'abc', 'editor', 1600)
    undo(store)
    expect(store.getState().text).toBe('a')
  })

  it('refuses form edits while the YAML is broken, keeping the text and the last good values', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    replaceText(store, broken, 'editor', 0)
    const state = store.getState()
    expect(selectIsReadOnly(state)).toBe(true)
    expect(selectSyntaxError(state)?.range?.start.line).toBeGreaterThan(0)
    expect(selectShownCanary(state)?.spec?.analysis?.threshold).toBe(3)
    expect(setField(store, ['spec', 'analysis', 'threshold'], 5).ok).toBe(false)
    expect(store.getState().text).toBe(broken)
    expect(store.getState().ui.notice?.kind).toBe('error')
  })

  it('adds and removes list items', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    expect(insertItem(store, ['spec', 'service', 'hosts'], 1, 'www.example.com').ok).toBe(true)
    expect(store.getState().analysis.canary?.spec?.service?.hosts).toEqual(['app.example.com', 'www.example.com'])
    expect(removeField(store, ['spec', 'service', 'hosts', 0]).ok).toBe(true)
    expect(store.getState().analysis.canary?.spec?.service?.hosts).toEqual(['www.example.com'])
  })

  it('resets history and view state when a document is loaded', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    setField(store, ['metadata', 'name'], 'x')
    selectTick(store, 4)
    focusPath(store, ['metadata', 'name'], 'form')
    loadDocument(store, 'kind: Canary\n', 'file')
    const s = store.getState()
    expect([s.text, s.selectedTick, s.focus, selectCanUndo(s)]).toEqual(['kind: Canary\n', null, undefined, false])
  })
})

describe('applyFix', () => {
  it('applies a set fix as one undoable form step', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    expect(
      applyFix(store, { title: 'Use 20', kind: 'set', path: ['spec', 'analysis', 'stepWeight'], value: 20 }).ok,
    ).toBe(true)
    expect(store.getState().analysis.canary?.spec?.analysis?.stepWeight).toBe(20)
    undo(store)
    expect(store.getState().text).toBe(podinfoCanaryYaml)
  })

  it('applies a text fix and refuses one that no longer fits the text', () => {
    const store = createStudioStore('abc')
    expect(applyFix(store, { title: 'x', kind: 'replace-text', from: 1, to: 2, text: 'X' }).ok).toBe(true)
    expect(store.getState().text).toBe('aXc')
    expect(applyFix(store, { title: 'x', kind: 'replace-text', from: 2, to: 9, text: '' }).ok).toBe(false)
  })
})
