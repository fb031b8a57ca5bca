import { canUndo } from '../../core/history/history.ts'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import type { StudioState } from '../../store/studio-state.ts'

/** What a load would lose, said in the dialog that asks first. */
export const replaceReasons = {
  edits: 'You have edits in the current document. Loading another one replaces it and clears undo.',
  draft: 'This replaces your autosaved draft, restored when the page opened; it is kept nowhere else.',
} as const

/**
 * Why loading another document must ask first, or undefined when nothing would be lost. Loading resets history, so
 * undoable edits are at risk; so is a draft restored at start-up, which has no history at all and lives only in
 * this browser's storage, until an edit makes it undoable (then the first case holds).
 */
export function replaceReason(
  state: Pick<StudioState, 'text' | 'history'>,
  restoredDraft: string | undefined,
): string | undefined {
  if (canUndo(state.history)) return replaceReasons.edits
  if (restoredDraft !== undefined && state.text === restoredDraft && restoredDraft !== podinfoCanaryYaml)
    return replaceReasons.draft
  return undefined
}
