import type { WhatIf } from '../../core/simulate/types.ts'
import type { StudioStore } from '../studio-state.ts'

/** The empty what-if: every check passes and every gate approves. */
export const noWhatIf: WhatIf = Object.freeze({})

/** Sets the what-if the views' timeline is simulated under; an empty one restores the plain run. */
export function setWhatIf(store: StudioStore, whatIf: WhatIf): void {
  const next = isEmptyWhatIf(whatIf) ? noWhatIf : whatIf
  if (store.getState().whatIf !== next) store.setState({ whatIf: next })
}

/** True when the what-if changes nothing (no field set, or only empty lists). */
export function isEmptyWhatIf(whatIf: WhatIf): boolean {
  return Object.values(whatIf).every((v) => v === undefined || (Array.isArray(v) && v.length === 0))
}
