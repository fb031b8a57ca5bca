// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatPath } from '../../core/diagnostic.ts'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { StudioContext } from '../studio-context.ts'
import { FormPane } from './FormPane.tsx'
import { formSections, sectionFields } from './form-sections.ts'
import { canarySpecNode } from '../../core/catalog/canary-fields.ts'

function renderForm(text = podinfoCanaryYaml) {
  const store = createStudioStore(text)
  const view = render(
    <StudioContext value={store}>
      <FormPane />
    </StudioContext>,
  )
  const control = (path: string) =>
    view.container.querySelector<HTMLInputElement>(`[data-path="${path}"] input, [data-path="${path}"] select`)
  return { store, view, control }
}

afterEach(cleanup)

/** Opens every closed group in `root`; returns how many it opened. */
function openAll(root: HTMLElement): number {
  const closed = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')]
  act(() => {
    for (const details of closed) {
      details.open = true
      fireEvent(details, new Event('toggle'))
    }
  })
  return closed.length
}

describe('FormPane', () => {
  it('reaches every field of the catalog under spec and metadata, filled from the text', () => {
    const { view, control } = renderForm()
    // Closed groups mount their fields when opened: open every one, level by level, as a person would.
    for (let closed = openAll(view.container); closed > 0; closed = openAll(view.container));
    const shown = new Set([...view.container.querySelectorAll('[data-path]')].map((el) => el.getAttribute('data-path')))
    for (const section of formSections)
      for (const [key] of sectionFields(section)) {
        const path = formatPath([...section.root, key])
        expect(shown.has(path), path).toBe(true)
      }
    for (const key of Object.keys(canarySpecNode.fields)) expect(shown.has(`spec.${key}`), `spec.${key}`).toBe(true)
    expect(shown.has('spec.service.trafficPolicy.tls.mode')).toBe(true)
    // Outside tests address each control by its field path (data-path) or its id (field-<path>).
    const controls = [
      ...view.container.querySelectorAll('.form__sections input, .form__sections select, .form__sections button'),
    ]
    expect(controls.filter((c) => !c.hasAttribute('data-path')).map((c) => c.outerHTML.slice(0, 80))).toEqual([])
    expect(view.container.querySelector('#field-spec_analysis_webhooks_0__name')?.getAttribute('data-path')).toBe(
      'spec.analysis.webhooks[0].name',
    )
    expect(control('spec.analysis.interval')?.value).toBe('1m')
    expect(control('spec.targetRef.kind')?.tagName).toBe('SELECT')
  }, 90_000)

  it('writes a valid value as it is typed and keeps an invalid one as a draft with its message', () => {
    const { store, control } = renderForm()
    const maxWeight = control('spec.analysis.maxWeight')!
    fireEvent.change(maxWeight, { target: { value: '45' } })
    expect(store.getState().text).toContain('maxWeight: 45')
    fireEvent.keyDown(maxWeight, { key: 'Enter' })
    expect(store.getState().text).toContain('maxWeight: 45')
    fireEvent.change(maxWeight, { target: { value: '4.5' } })
    fireEvent.blur(maxWeight)
    expect(store.getState().text).toContain('maxWeight: 45')
    expect(maxWeight.value).toBe('4.5')
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number.')
  })

  it('goes read-only with a banner naming line and column while the YAML is broken', () => {
    const { store, control } = renderForm()
    act(() => replaceText(store, podinfoCanaryYaml.replace('threshold: 3', 'threshold: 3:'), 'editor'))
    expect(screen.getByTestId('invalid-yaml-banner').textContent).toMatch(/Line \d+, column \d+/)
    expect(control('spec.analysis.threshold')?.value).toBe('3')
    expect(control('spec.analysis.threshold')?.closest('fieldset')?.disabled).toBe(true)
  })
})

describe('FormPane with a wrong-typed value', () => {
  it('shows the value as written with the analysis error, instead of hiding it', () => {
    const { control, view } = renderForm(podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: fifty'))
    expect(control('spec.analysis.maxWeight')?.value).toBe('fifty')
    expect(view.container.querySelector('[data-path="spec.analysis.maxWeight"] .field__error')?.textContent).toMatch(
      /whole number/,
    )
  })

  it('says each problem once: the error line is not repeated in the list below it', () => {
    const { view } = renderForm(podinfoCanaryYaml.replace('maxWeight: 50', 'maxWeight: fifty'))
    const field = view.container.querySelector('[data-path="spec.analysis.maxWeight"]')!
    const said = [...field.querySelectorAll('.field__error, .field__problem')].map((e) => e.textContent)
    expect(said.length).toBeGreaterThan(0)
    expect(new Set(said).size).toBe(said.length)
  })
})

describe('FormPane list cards', () => {
  // jsdom has no CSS.escape; the reveal effect needs it for paths like spec.analysis.webhooks[1].url.
  const css = (globalThis.CSS ??= {} as typeof CSS)
  css.escape ??= (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '\\$&')
  if (!('scrollIntoView' in Element.prototype)) Object.assign(Element.prototype, { scrollIntoView: () => {} })

  it('mounts a card’s fields when it is opened, or when another view reveals a field inside it', () => {
    const { store, view, control } = renderForm()
    const card = (i: number) =>
      view.container.querySelector<HTMLDetailsElement>(`details[data-path="spec.analysis.webhooks[${i}]"]`)!
    expect(card(0)).not.toBeNull()
    expect(control('spec.analysis.webhooks[0].url')).toBeNull()

    act(() => {
      card(0).open = true
      fireEvent(card(0), new Event('toggle'))
    })
    expect(control('spec.analysis.webhooks[0].url')?.value).toMatch(/^http/)

    expect(control('spec.analysis.webhooks[1].url')).toBeNull()
    act(() => focusPath(store, ['spec', 'analysis', 'webhooks', 1, 'url'], 'panel'))
    expect(control('spec.analysis.webhooks[1].url')?.value).toMatch(/^http/)
    expect(card(1).open).toBe(true)
  })

  it('mounts a closed "Advanced" group’s fields only when it is opened', () => {
    const { view } = renderForm()
    const advanced = view.container.querySelector<HTMLDetailsElement>('details[data-group="advanced"]:not([open])')!
    expect(advanced).not.toBeNull()
    expect(advanced.querySelectorAll('input, select, button[role="switch"]')).toHaveLength(0)
    act(() => {
      advanced.open = true
      fireEvent(advanced, new Event('toggle'))
    })
    expect(advanced.querySelectorAll('input, select, button[role="switch"]').length).toBeGreaterThan(0)
  })
})
