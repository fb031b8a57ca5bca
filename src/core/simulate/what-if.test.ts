import { describe, expect, it } from 'vitest'
import { isCheckFailing, parseFailFromTick, isGateRefusing, whatIfHorizon } from './what-if.ts'

describe('what-if', () => {
  it('fails analyses from a tick on, or at listed ticks', () => {
    expect([0, 2, 3, 9].map((t) => isCheckFailing({ failFromTick: 3 }, t))).toEqual([false, false, true, true])
    expect([1, 2, 3].map((t) => isCheckFailing({ failAtTicks: [2] }, t))).toEqual([false, true, false])
  })

  it('reads "checks fail from tick K" from 1 on, with a reason for anything else', () => {
    expect(parseFailFromTick('3')).toBe(3)
    expect(parseFailFromTick(' 12 ')).toBe(12)
    expect(parseFailFromTick('0')).toBe('must be a tick number from 1 on (tick 0 detects the revision and runs no check), not "0"')
    for (const bad of ['-1', '1.5', '', 'x']) expect(parseFailFromTick(bad)).toMatch(/^must be a tick number from 1 on, not/)
  })

  it('refuses a gate from a tick until (exclusive) another', () => {
    const whatIf = { gateRefusals: [{ type: 'confirm-promotion' as const, fromTick: 4, untilTick: 6 }] }
    expect([3, 4, 5, 6].map((t) => isGateRefusing(whatIf, 'confirm-promotion', t))).toEqual([false, true, true, false])
    expect(isGateRefusing(whatIf, 'confirm-rollout', 4)).toBe(false)
  })

  it('has a horizon after which every tick gets the same answers', () => {
    expect(whatIfHorizon({})).toBe(0)
    expect(whatIfHorizon({ failFromTick: 5, failAtTicks: [2, 7], rollbackHookAtTick: 3 })).toBe(8)
    expect(whatIfHorizon({ gateRefusals: [{ type: 'confirm-rollout', fromTick: 1, untilTick: 9 }] })).toBe(9)
  })
})
