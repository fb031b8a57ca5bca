import { describe, expect, it } from 'vitest'
import { strategyChoices } from '../../core/strategy/strategy-choices.ts'
import { templateFor } from '../../core/strategy/strategy-fixtures.test-support.ts'
import { createStudioStore } from '../create-studio-store.ts'
import type { StudioState } from '../studio-state.ts'
import { chooseStrategy } from './choose-strategy.ts'
import { redo } from './redo.ts'
import { setField } from './set-field.ts'
import { undo } from './undo.ts'

const ids = strategyChoices.map((c) => c.id)
const switches = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to] as const))

describe('chooseStrategy', () => {
  it.each(switches)('%s → %s is one update and one undo step', (from, to) => {
    const source = templateFor[from]
    const store = createStudioStore(source)
    const seen: StudioState[] = []
    store.subscribe((s) => seen.push(s))
    const result = chooseStrategy(store, to, 1000)
    expect(result.ok).toBe(true)
    expect(seen).toHaveLength(1)
    const after = store.getState()
    expect(after.analysis.timeline?.strategy).toBe(strategyChoices.find((c) => c.id === to)?.timeline.strategy)
    expect(after.history.past).toEqual([source])
    expect(undo(store)).toBe(true)
    expect(store.getState().text).toBe(source)
    expect(redo(store)).toBe(true)
    expect(store.getState().text).toBe(after.text)
  })

  it('stays its own step beside form edits made just before', () => {
    const store = createStudioStore(templateFor.canary)
    setField(store, ['spec', 'analysis', 'threshold'], 7, 1000)
    const edited = store.getState().text
    chooseStrategy(store, 'blue-green', 1001)
    expect(store.getState().history.past).toEqual([templateFor.canary, edited])
    undo(store)
    expect(store.getState().text).toBe(edited)
  })

  it('records nothing when the Canary already runs that strategy', () => {
    const store = createStudioStore(templateFor['ab-testing'])
    expect(chooseStrategy(store, 'ab-testing')).toMatchObject({ ok: true, changes: [] })
    expect(store.getState().history.past).toEqual([])
  })

  it('leaves the text alone and shows why when the switch is refused', () => {
    const kubernetes = templateFor['blue-green'].replace('provider: istio', 'provider: kubernetes')
    const store = createStudioStore(kubernetes)
    expect(chooseStrategy(store, 'ab-testing').ok).toBe(false)
    expect(store.getState().text).toBe(kubernetes)
    expect(store.getState().ui.notice).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/kubernetes/) as unknown,
    })
    const broken = createStudioStore(templateFor.canary.replace('threshold: 5', 'threshold: [5'))
    expect(chooseStrategy(broken, 'blue-green')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/YAML has errors/) as unknown,
    })
    expect(broken.getState().history.past).toEqual([])
  })
})
