import type { WhatIf } from '../../core/simulate/types.ts'
import { FailFromInput } from './FailFromInput.tsx'
import type { GateType } from './timeline-tracks.ts'
import { gateRefusal, parseTickInput, withFailFrom, withGateRefusal } from './what-if-edit.ts'

interface Props {
  readonly whatIf: WhatIf
  readonly gates: readonly GateType[]
  readonly isActive: boolean
  readonly onChange: (whatIf: WhatIf) => void
}

function TickInput({ label, value, onChange, placeholder }: { label: string; value: number | undefined; onChange: (v: number | undefined) => void; placeholder: string }) {
  return (
    <input
      className="tl-input"
      type="number"
      min={0}
      step={1}
      aria-label={label}
      placeholder={placeholder}
      value={value ?? ''}
      onChange={(e) => onChange(parseTickInput(e.target.value))}
    />
  )
}

/** What-if inputs: checks failing from a tick, and each defined gate refusing for a span of ticks. */
export function WhatIfControls({ whatIf, gates, isActive, onChange }: Props) {
  return (
    <section className="tl-whatif" aria-label="What-if">
      <header className="tl-whatif__head">
        <h3>What if…</h3>
        <button type="button" className="tl-button tl-button--small" disabled={!isActive} onClick={() => onChange({})}>
          Reset
        </button>
      </header>
      <div className="tl-whatif__row">
        <span>checks fail from tick</span>
        <FailFromInput value={whatIf.failFromTick} onChange={(v) => onChange(withFailFrom(whatIf, v))} />
      </div>
      {gates.map((gate) => {
        const refusal = gateRefusal(whatIf, gate)
        return (
          <div className="tl-whatif__row" key={gate}>
            <span>
              <code>{gate}</code> refuses from
            </span>
            <TickInput label={`${gate} refuses from tick`} placeholder="never" value={refusal?.fromTick} onChange={(v) => onChange(withGateRefusal(whatIf, gate, v, refusal?.untilTick))} />
            <span>until</span>
            <TickInput
              label={`${gate} refuses until tick`}
              placeholder="end"
              value={refusal?.untilTick}
              onChange={(v) => onChange(withGateRefusal(whatIf, gate, refusal?.fromTick ?? (v === undefined ? undefined : 0), v))}
            />
          </div>
        )
      })}
      {gates.length === 0 && <p className="tl-whatif__note muted">No confirm-* gate webhooks defined: add one to simulate a refusal.</p>}
    </section>
  )
}
