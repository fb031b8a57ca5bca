// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { undo } from '../../store/intents/undo.ts'
import { selectShownData } from '../../store/selectors.ts'
import { StudioContext } from '../studio-context.ts'
import { valueAt } from './catalog-lookup.ts'
import { FormPane } from './FormPane.tsx'

function renderForm(text = podinfoCanaryYaml) {
  const store = createStudioStore(text)
  const view = render(
    <StudioContext value={store}>
      <FormPane />
    </StudioContext>,
  )
  const list = (path: string) => within(view.container.querySelector<HTMLElement>(`.object-list[data-path="${path}"]`)!)
  const cards = (path: string) =>
    [...view.container.querySelectorAll(`.object-list[data-path="${path}"] > .card-row`)].map(
      (row) => row.querySelector('.card__title')?.textContent,
    )
  const data = (path: readonly (string | number)[]) => valueAt(selectShownData(store.getState()), path)
  return { store, view, list, cards, data }
}

const webhooks = 'spec.analysis.webhooks'
const webhooksPath = ['spec', 'analysis', 'webhooks']

afterEach(cleanup)

describe('FormPane lists show only what the YAML says', () => {
  it('shows no row once the last webhook is removed, and "+ Add webhook" adds one back that can be typed into', () => {
    const { store, list, cards, data, view } = renderForm()
    fireEvent.click(list(webhooks).getByRole('button', { name: 'Remove load-test' }))
    fireEvent.click(list(webhooks).getByRole('button', { name: 'Remove acceptance-test' }))
    expect(data(webhooksPath) ?? []).toEqual([])
    expect(cards(webhooks)).toEqual([])
    expect(list(webhooks).getByText('none')).toBeTruthy()

    fireEvent.click(list(webhooks).getByRole('button', { name: '+ Add webhook' }))
    fireEvent.click(list(webhooks).getByRole('menuitem', { name: /^pre-rollout/ }))
    expect(data(webhooksPath)).toMatchObject([{ name: 'webhook-1', type: 'pre-rollout' }])
    expect(cards(webhooks)).toEqual(['webhook-1'])
    // Filling `webhooks: []` may still re-format (an info notice) until the engine fills flow lists in place.
    expect(store.getState().ui.notice?.kind).not.toBe('error')

    // The new card is open with the keyboard in its first box; typing renames the webhook live.
    const name = view.container.querySelector<HTMLInputElement>('#field-spec_analysis_webhooks_0__name')!
    expect(document.activeElement).toBe(name)
    fireEvent.change(name, { target: { value: 'smoke' } })
    expect(data([...webhooksPath, 0, 'name'])).toBe('smoke')
    expect(cards(webhooks)).toEqual(['smoke'])
  })

  it('follows the YAML when the editor empties a list or gives it items', () => {
    const { store, cards } = renderForm()
    const emptied = podinfoCanaryYaml.replace(/ {4}webhooks:\n[\s\S]*$/, '    webhooks: []\n')
    act(() => replaceText(store, emptied, 'editor'))
    expect(cards(webhooks)).toEqual([])
    act(() => replaceText(store, emptied.replace('webhooks: []', 'webhooks: [{ name: a }, {}]'), 'editor'))
    expect(cards(webhooks)).toEqual(['a', 'webhook 2'])
  })

  it('shows no phantom row for an emptied list of scalars, and adds to it', () => {
    const { view, data } = renderForm()
    const hosts = view.container.querySelector<HTMLElement>('[data-path="spec.service.hosts"]')!
    fireEvent.click(within(hosts).getByRole('button', { name: 'Remove Hosts item 1' }))
    expect(hosts.querySelectorAll('.list-field__item:not(.list-field__add)')).toHaveLength(0)
    const add = within(hosts).getByRole('textbox', { name: 'Add to Hosts' })
    fireEvent.change(add, { target: { value: 'a.example.com' } })
    fireEvent.keyDown(add, { key: 'Enter' })
    expect(data(['spec', 'service', 'hosts'])).toEqual(['a.example.com'])
    expect(hosts.querySelectorAll('.list-field__item:not(.list-field__add)')).toHaveLength(1)
  })
})

describe('FormPane cards keep their identity', () => {
  it('moves the open card itself, not its contents, when its item moves', () => {
    const { view, list, cards } = renderForm()
    const card = view.container.querySelector<HTMLDetailsElement>(`details[data-path="${webhooks}[0]"]`)!
    act(() => {
      card.open = true
      fireEvent(card, new Event('toggle'))
    })
    fireEvent.click(list(webhooks).getByRole('button', { name: 'Move acceptance-test down' }))
    expect(cards(webhooks)).toEqual(['load-test', 'acceptance-test'])
    const moved = view.container.querySelector<HTMLDetailsElement>(`details[data-path="${webhooks}[1]"]`)!
    expect(moved).toBe(card)
    expect(moved.open).toBe(true)
    expect(view.container.querySelector<HTMLDetailsElement>(`details[data-path="${webhooks}[0]"]`)!.open).toBe(false)
    const url = view.container.querySelector<HTMLInputElement>('[data-path="spec.analysis.webhooks[1].timeout"] input')
    expect(url?.value).toBe('30s')
  })

  it('keeps a focused list item box while its value is typed', () => {
    const { view, data } = renderForm()
    const item = screen.getByRole('textbox', { name: 'Hosts item 1' })
    item.focus()
    fireEvent.change(item, { target: { value: 'b.example.com' } })
    expect(data(['spec', 'service', 'hosts'])).toEqual(['b.example.com'])
    expect(view.container.querySelector('[data-path="spec.service.hosts"] input')).toBe(item)
    expect(document.activeElement).toBe(item)
  })
})

describe('FormPane live typing', () => {
  it('writes every valid keystroke and makes the whole visit to the box one undo step', () => {
    const { store, view, data } = renderForm()
    const before = store.getState().text
    const interval = view.container.querySelector<HTMLInputElement>('#field-spec_analysis_interval')!
    interval.focus()
    for (const typed of ['2', '2m', '2m3', '2m30s']) fireEvent.change(interval, { target: { value: typed } })
    expect(data(['spec', 'analysis', 'interval'])).toBe('2m30s')
    // "2" and "2m3" are not durations: the YAML kept the last valid value meanwhile.
    expect(store.getState().history.past).toHaveLength(1)
    fireEvent.blur(interval)
    act(() => void undo(store))
    expect(store.getState().text).toBe(before)
    expect(interval.value).toBe('1m')
  })

  it('removes an emptied field only when the box is left, and Escape puts back the value typing began with', () => {
    const { store, view, data } = renderForm()
    const before = store.getState().text
    const threshold = view.container.querySelector<HTMLInputElement>('#field-spec_analysis_threshold')!
    threshold.focus()
    fireEvent.change(threshold, { target: { value: '' } })
    expect(data(['spec', 'analysis', 'threshold'])).toBe(3)
    fireEvent.change(threshold, { target: { value: '7' } })
    expect(data(['spec', 'analysis', 'threshold'])).toBe(7)
    fireEvent.keyDown(threshold, { key: 'Escape' })
    expect(store.getState().text).toBe(before)
    fireEvent.change(threshold, { target: { value: '' } })
    fireEvent.blur(threshold)
    expect(data(['spec', 'analysis', 'threshold'])).toBeUndefined()
  })
})
