import { describe, expect, it } from 'vitest'
import { gateRefusal, parseTickInput, withFailFrom, withGateRefusal } from './what-if-edit.ts'

describe('what-if edits', () => {
  it('read tick inputs as whole non-negative numbers, blank or invalid as unset', () => {
    expect(parseTickInput('3')).toBe(3)
    expect(parseTickInput('3.7')).toBe(3)
    expect(parseTickInput(' ')).toBeUndefined()
    expect(parseTickInput('-1')).toBeUndefined()
    expect(parseTickInput('x')).toBeUndefined()
  })

  it('set and clear the failing tick', () => {
    expect(withFailFrom({}, 2)).toEqual({ failFromTick: 2 })
    expect(withFailFrom({ failFromTick: 2 }, undefined).failFromTick).toBeUndefined()
  })

  it('keep one refusal per gate, replace it, and drop it when its start is cleared', () => {
    let w = withGateRefusal({}, 'confirm-promotion', 3, undefined)
    w = withGateRefusal(w, 'confirm-rollout', 0, 2)
    expect(gateRefusal(w, 'confirm-promotion')).toEqual({ type: 'confirm-promotion', fromTick: 3 })
    expect(gateRefusal(w, 'confirm-rollout')).toEqual({ type: 'confirm-rollout', fromTick: 0, untilTick: 2 })
    w = withGateRefusal(w, 'confirm-promotion', 4, 6)
    expect(w.gateRefusals).toHaveLength(2)
    expect(gateRefusal(w, 'confirm-promotion')?.untilTick).toBe(6)
    w = withGateRefusal(withGateRefusal(w, 'confirm-promotion', undefined, 6), 'confirm-rollout', undefined, undefined)
    expect(w.gateRefusals).toBeUndefined()
  })
})
