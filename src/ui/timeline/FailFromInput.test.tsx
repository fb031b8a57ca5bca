// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { FailFromInput } from './FailFromInput.tsx'

function Harness({ onValue }: { onValue: (v: number | undefined) => void }) {
  const [value, setValue] = useState<number | undefined>(undefined)
  const change = (v: number | undefined): void => {
    setValue(v)
    onValue(v)
  }
  return (
    <>
      <FailFromInput value={value} onChange={change} />
      <button type="button" onClick={() => change(4)}>
        external
      </button>
    </>
  )
}

afterEach(cleanup)

describe('FailFromInput', () => {
  it('commits ticks from 1 on; 0 stays a draft with the reason; blank clears; an outside change drops the draft', () => {
    const values: (number | undefined)[] = []
    render(<Harness onValue={(v) => values.push(v)} />)
    const input = screen.getByLabelText('Checks fail from tick')
    fireEvent.change(input, { target: { value: '2' } })
    expect(values).toEqual([2])
    fireEvent.change(input, { target: { value: '0' } })
    expect(values).toEqual([2])
    expect(input).toHaveProperty('value', '0')
    expect(screen.getByRole('alert').textContent).toBe(
      'Checks fail from tick must be a tick number from 1 on (tick 0 detects the revision and runs no check), not "0"',
    )
    fireEvent.click(screen.getByRole('button', { name: 'external' }))
    expect(input).toHaveProperty('value', '4')
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.change(input, { target: { value: '' } })
    expect(values).toEqual([2, 4, undefined])
  })
})
