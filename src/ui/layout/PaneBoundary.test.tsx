// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { createStudioStore } from '../../store/create-studio-store.ts'
import { replaceText } from '../../store/intents/replace-text.ts'
import { StudioContext, useStudio } from '../studio-context.ts'
import { PaneBoundary } from './PaneBoundary.tsx'

afterEach(cleanup)

let shouldThrow = true
// Like a real pane, it reads the store, so an edit re-renders it.
function Fragile() {
  useStudio((s) => s.text)
  if (shouldThrow) throw new Error('regex too large to show')
  return <p>pane content</p>
}

describe('PaneBoundary', () => {
  it('keeps a failing view inside its pane, says so, and retries when the document changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    shouldThrow = true
    const store = createStudioStore(podinfoCanaryYaml)
    render(
      <StudioContext value={store}>
        <PaneBoundary name="Traffic" className="pane pane--diagram">
          <Fragile />
        </PaneBoundary>
        <p>the other pane</p>
      </StudioContext>,
    )
    expect(screen.getByRole('alert').textContent).toContain(
      'The Traffic view failed on this document: regex too large to show',
    )
    expect(screen.getByText('the other pane')).toBeTruthy()
    shouldThrow = false
    act(() => replaceText(store, `${podinfoCanaryYaml}# edited\n`, 'editor'))
    expect(screen.getByText('pane content')).toBeTruthy()
    shouldThrow = true
    act(() => replaceText(store, `${podinfoCanaryYaml}# edited again\n`, 'editor'))
    expect(screen.getByRole('alert')).toBeTruthy()
    shouldThrow = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('pane content')).toBeTruthy()
  })
})
