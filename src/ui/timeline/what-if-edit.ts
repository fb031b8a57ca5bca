import type { WhatIf } from '../../core/simulate/types.ts'
import type { GateType } from './timeline-tracks.ts'

type Refusal = NonNullable<WhatIf['gateRefusals']>[number]

/** A whole, non-negative tick number from an input's text; blank or invalid means unset. */
export function parseTickInput(text: string): number | undefined {
  if (text.trim() === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined
}

/** The what-if with every check failing from `tick` on (undefined: they pass again). */
export function withFailFrom(whatIf: WhatIf, tick: number | undefined): WhatIf {
  return { ...whatIf, failFromTick: tick }
}

/** The refusal set for one gate type, if any. */
export const gateRefusal = (whatIf: WhatIf, type: GateType): Refusal | undefined => whatIf.gateRefusals?.find((r) => r.type === type)

/** The what-if with one gate refusing from `fromTick` until `untilTick` (exclusive; unset: forever); no from: approves. */
export function withGateRefusal(whatIf: WhatIf, type: GateType, fromTick: number | undefined, untilTick: number | undefined): WhatIf {
  const others = (whatIf.gateRefusals ?? []).filter((r) => r.type !== type)
  const refusal: Refusal | undefined = fromTick === undefined ? undefined : untilTick === undefined ? { type, fromTick } : { type, fromTick, untilTick }
  const gateRefusals = refusal ? [...others, refusal] : others
  return { ...whatIf, gateRefusals: gateRefusals.length > 0 ? gateRefusals : undefined }
}
