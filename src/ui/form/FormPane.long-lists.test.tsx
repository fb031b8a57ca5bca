// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { selectShownData } from '../../store/selectors.ts'
import { manyKeysDocument } from '../../test-support/hostile-inputs.ts'
import { StudioContext } from '../studio-context.ts'
import { valueAt } from './catalog-lookup.ts'
import { FormPane } from './FormPane.tsx'
import { firstShown } from './shown-window.ts'

const annotations = 'metadata.annotations'

function renderForm(text: string) {
  const store = createStudioStore(text)
  const view = render(
    <StudioContext value={store}>
      <FormPane />
    </StudioContext>,
  )
  const field = (path: string) => view.container.querySelector<HTMLElement>(`.field[data-path="${path}"]`)!
  const keys = () => [...field(annotations).querySelectorAll('.map-field__key')].map((k) => k.textContent)
  const more = (path: string) => view.container.querySelector(`[data-testid="more-entries"][data-path="${path}"]`)
  return { store, view, field, keys, more }
}

/** The sample with `n` webhooks named hook-0 … hook-(n-1). */
function manyWebhooksDocument(n: number): string {
  const hooks = Array.from({ length: n }, (_, i) => `      - name: hook-${i}\n        url: http://hook.test/${i}\n`)
  return podinfoCanaryYaml.replace(/ {4}webhooks:\n[\s\S]*$/, `    webhooks:\n${hooks.join('')}`)
}

afterEach(cleanup)
// jsdom has neither CSS.escape nor scrollIntoView, which the form's reveal uses. Paths here need no escaping.
beforeAll(() => {
  if (typeof CSS === 'undefined') vi.stubGlobal('CSS', { escape: (text: string) => text })
  if (!('scrollIntoView' in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView: () => undefined })
})

describe('long maps and lists render their first entries and say how many more there are', () => {
  it('shows a map of exactly the cap whole, with no "more" row', () => {
    const { keys, more } = renderForm(manyKeysDocument(firstShown))
    expect(keys()).toHaveLength(firstShown)
    expect(more(annotations)).toBeNull()
  })

  it('hides one entry of cap + 1, says so in the singular, and shows it on request', () => {
    const { keys, more } = renderForm(manyKeysDocument(firstShown + 1))
    expect(keys()).toHaveLength(firstShown)
    expect(more(annotations)?.textContent).toContain('1 more annotation not shown')
    fireEvent.click(within(more(annotations) as HTMLElement).getByRole('button', { name: 'Show it' }))
    expect(keys()).toHaveLength(firstShown + 1)
    expect(more(annotations)).toBeNull()
  })

  it('shows more in steps, adds a key visibly at the end, and edits and removes a shown one', () => {
    const { store, field, keys, more } = renderForm(manyKeysDocument(260))
    expect(more(annotations)?.textContent).toContain('210 more annotations not shown')
    fireEvent.click(within(more(annotations) as HTMLElement).getByRole('button', { name: 'Show 200 more' }))
    expect(keys()).toHaveLength(250)
    expect(more(annotations)?.textContent).toContain('10 more annotations not shown')

    const row = within(field(annotations))
    fireEvent.change(row.getByRole('textbox', { name: 'New key in Annotations' }), { target: { value: 'added' } })
    fireEvent.change(row.getByRole('textbox', { name: 'Value of the new Annotations entry' }), {
      target: { value: 'yes' },
    })
    fireEvent.click(row.getByRole('button', { name: 'Add key to Annotations' }))
    expect(keys().at(-1)).toBe('added')
    expect(more(annotations)?.textContent).toContain('10 more annotations not shown')

    const value = row.getByRole('textbox', { name: 'Annotations key-1' })
    fireEvent.change(value, { target: { value: 'edited' } })
    fireEvent.blur(value)
    const data = () => valueAt(selectShownData(store.getState()), ['metadata', 'annotations']) as Record<string, string>
    expect(data()['key-1']).toBe('edited')

    fireEvent.click(row.getByRole('button', { name: 'Remove key-3' }))
    expect(Object.keys(data())).toHaveLength(260)
    expect(keys()).not.toContain('key-3')
    // The first 250 of the 260 left (key-250 moved up into the window), and the added key, still pinned.
    expect(keys()).toHaveLength(251)
    expect(keys().slice(-2)).toEqual(['key-250', 'added'])
  })

  it('reveals a hidden entry another view focuses', () => {
    const { store, keys } = renderForm(manyKeysDocument(300))
    expect(keys()).not.toContain('key-280')
    act(() => focusPath(store, ['metadata', 'annotations', 'key-280'], 'panel'))
    expect(keys()).toContain('key-280')
    expect(keys()).toHaveLength(firstShown + 1)
    expect(document.activeElement?.getAttribute('data-path')).toBe('metadata.annotations.key-280')
  })

  it('drops the "more" row when the YAML empties the map', () => {
    const { store, keys, more } = renderForm(manyKeysDocument(80))
    expect(more(annotations)).not.toBeNull()
    act(() => replaceText(store, podinfoCanaryYaml.replace('metadata:\n', 'metadata:\n  annotations: {}\n'), 'editor'))
    expect(keys()).toEqual([])
    expect(more(annotations)).toBeNull()
  })

  it('renders the first webhook cards with the true count, and reveals a hidden one the search chose', () => {
    const { store, view, more } = renderForm(manyWebhooksDocument(60))
    const list = view.container.querySelector<HTMLElement>('.object-list[data-path="spec.analysis.webhooks"]')!
    const titles = () => [...list.querySelectorAll('.card__title')].map((t) => t.textContent)
    expect(titles()).toHaveLength(firstShown)
    expect(list.querySelector('.object-list__count')?.textContent).toBe('60')
    expect(more('spec.analysis.webhooks')?.textContent).toContain('10 more webhooks not shown')
    act(() => focusPath(store, ['spec', 'analysis', 'webhooks', 57, 'url'], 'search'))
    expect(titles().at(-1)).toBe('hook-57')
    expect(screen.getByDisplayValue('http://hook.test/57')).toBeTruthy()

    // Moving the last card shown down takes it past the window: it stays in sight.
    fireEvent.click(within(list).getByRole('button', { name: 'Move hook-49 down' }))
    expect(titles().slice(-3)).toEqual(['hook-50', 'hook-49', 'hook-57'])
    expect(more('spec.analysis.webhooks')?.textContent).toContain('8 more webhooks not shown')
  })
})
