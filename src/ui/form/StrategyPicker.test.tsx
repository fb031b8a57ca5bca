// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { templateFor } from '../../core/strategy/strategy-fixtures.test-support.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { undo } from '../../store/intents/undo.ts'
import { StudioContext } from '../studio-context.ts'
import { StrategyPicker } from './StrategyPicker.tsx'

function renderPicker(text: string) {
  const store = createStudioStore(text)
  render(
    <StudioContext value={store}>
      <StrategyPicker />
    </StudioContext>,
  )
  const group = screen.getByRole('group', { name: 'Deployment strategy' })
  const option = (name: string) => within(group).getByRole('button', { name })
  return { store, option }
}

afterEach(cleanup)

describe('StrategyPicker', () => {
  it('marks the strategy the YAML runs and offers all five', () => {
    const { option } = renderPicker(templateFor['blue-green-mirroring'])
    expect(screen.getAllByRole('button', { pressed: false })).toHaveLength(4)
    expect(option('Blue/green with mirroring').getAttribute('aria-pressed')).toBe('true')
    expect(option('Blue/green').getAttribute('aria-pressed')).toBe('false')
  })

  it('switches in one step, lists what changed, and hides the list once undone', () => {
    const { store, option } = renderPicker(templateFor.canary)
    fireEvent.click(option('A/B testing'))
    expect(store.getState().history.past).toEqual([templateFor.canary])
    expect(option('A/B testing').getAttribute('aria-pressed')).toBe('true')
    const report = screen.getByRole('status', { name: 'What the switch changed' })
    expect(report.textContent).toContain('Switched from Canary (progressive) to A/B testing: 4 edits, one undo step.')
    expect(
      within(report)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Removed analysis.stepWeight: 10',
      'Removed analysis.maxWeight: 50',
      'Added analysis.iterations: 10',
      'Added analysis.match: [{headers: {x-canary: {exact: insider}}}]',
    ])
    act(() => void undo(store))
    expect(screen.queryByRole('status')).toBeNull()
    expect(option('Canary (progressive)').getAttribute('aria-pressed')).toBe('true')
  })

  it('follows the YAML when it changes elsewhere, and can dismiss the list', () => {
    const { store, option } = renderPicker(templateFor['blue-green'])
    fireEvent.click(option('Blue/green with mirroring'))
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('status')).toBeNull()
    act(() => void replaceText(store, templateFor['ab-testing'], 'editor'))
    expect(option('A/B testing').getAttribute('aria-pressed')).toBe('true')
  })

  it('shows why a switch is refused and leaves the YAML alone', () => {
    const kubernetes = templateFor['blue-green'].replace('provider: istio', 'provider: kubernetes')
    const { store, option } = renderPicker(kubernetes)
    fireEvent.click(option('A/B testing'))
    expect(screen.getByRole('alert').textContent).toMatch(/provider kubernetes only swaps Services/)
    expect(store.getState().text).toBe(kubernetes)
    expect(option('Blue/green').getAttribute('aria-pressed')).toBe('true')
  })
})
