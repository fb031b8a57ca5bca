import { useState } from 'react'
import { parseFailFromTick } from '../../core/simulate/what-if.ts'

interface Props {
  readonly value: number | undefined
  readonly onChange: (tick: number | undefined) => void
}

/**
 * "Checks fail from tick" input: commits ticks from 1 on, clears on blank, and keeps anything else as a draft with
 * the reason beside it (tick 0 only detects the revision, so no check can fail there).
 */
export function FailFromInput({ value, onChange }: Props) {
  // A draft belongs to the value it was typed over: Reset or "Fail from here" replace the value and drop it.
  const [typed, setTyped] = useState<{ readonly text: string; readonly over: number | undefined } | undefined>(
    undefined,
  )
  const draft = typed !== undefined && typed.over === value ? typed.text : undefined
  const problem = draft === undefined ? undefined : parseFailFromTick(draft)
  const error = typeof problem === 'string' ? `Checks fail from tick ${problem}` : undefined
  const commit = (text: string): void => {
    if (text.trim() === '') {
      setTyped(undefined)
      onChange(undefined)
      return
    }
    const tick = parseFailFromTick(text)
    setTyped(typeof tick === 'string' ? { text, over: value } : undefined)
    if (typeof tick === 'number') onChange(tick)
  }
  return (
    <>
      <input
        className="tl-input"
        type="number"
        min={1}
        step={1}
        aria-label="Checks fail from tick"
        aria-invalid={error !== undefined}
        aria-describedby={error ? 'tl-fail-from-error' : undefined}
        placeholder="never"
        value={draft ?? value ?? ''}
        onChange={(e) => commit(e.target.value)}
      />
      {error && (
        <p id="tl-fail-from-error" className="tl-whatif__error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
