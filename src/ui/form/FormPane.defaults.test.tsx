// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { blankCanary } from '../../core/templates/blank-canary.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { undo } from '../../store/intents/undo.ts'
import { selectShownData } from '../../store/selectors.ts'
import { StudioContext } from '../studio-context.ts'
import { valueAt } from './catalog-lookup.ts'
import { FormPane } from './FormPane.tsx'

// jsdom has no CSS.escape or scrollIntoView; the reveal effect needs both.
const css = (globalThis.CSS ??= {} as typeof CSS)
css.escape ??= (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '\\$&')
if (!('scrollIntoView' in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView: () => {} })

function renderForm(text: string) {
  const store = createStudioStore(text)
  const view = render(
    <StudioContext value={store}>
      <FormPane />
    </StudioContext>,
  )
  const data = (path: readonly (string | number)[]) => valueAt(selectShownData(store.getState()), path)
  return { store, view, data }
}

afterEach(cleanup)

describe('FormPane defaults a person expects', () => {
  it('fills an HPA v2 reference when the autoscaler is named, as one undo step with the name', () => {
    const { store, data } = renderForm(blankCanary.text)
    const before = store.getState().text
    const name = document.querySelector<HTMLInputElement>('#field-spec_autoscalerRef_name')
    // The autoscaler group is closed on a blank Canary: reach it through the search, as the keyboard would.
    expect(name).toBeNull()
    const search = screen.getByRole('combobox', { name: 'Find a field' })
    fireEvent.change(search, { target: { value: 'autoscalerRef.name' } })
    fireEvent.keyDown(search, { key: 'Enter' })
    const box = document.querySelector<HTMLInputElement>('#field-spec_autoscalerRef_name')!
    expect(document.activeElement).toBe(box)
    fireEvent.change(box, { target: { value: 'my-app' } })
    expect(data(['spec', 'autoscalerRef'])).toEqual({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      name: 'my-app',
    })
    act(() => void undo(store))
    expect(store.getState().text).toBe(before)
  })

  it('asks for a new header condition’s value (exact by default) instead of writing an empty match', () => {
    const text = `${blankCanary.text.replace('    stepWeight: 10\n', '    iterations: 5\n')}    match:\n      - headers:\n          x-user: { exact: a }\n`
    const { data } = renderForm(text)
    const card = document.querySelector<HTMLDetailsElement>('details[data-path="spec.analysis.match[0]"]')!
    act(() => {
      card.open = true
      fireEvent(card, new Event('toggle'))
    })
    const key = screen.getByRole('textbox', { name: 'New key in Headers' })
    fireEvent.change(key, { target: { value: 'x-canary' } })
    fireEvent.keyDown(key, { key: 'Enter' })
    const value = screen.getByRole('textbox', { name: 'Value of the new Headers entry' })
    expect(document.activeElement).toBe(value)
    expect(screen.getByText('Enter the value to match.')).toBeTruthy()
    expect(data(['spec', 'analysis', 'match', 0, 'headers', 'x-canary'])).toBeUndefined()
    fireEvent.change(value, { target: { value: 'insider' } })
    fireEvent.keyDown(value, { key: 'Enter' })
    expect(data(['spec', 'analysis', 'match', 0, 'headers', 'x-canary'])).toEqual({ exact: 'insider' })
  })
})
