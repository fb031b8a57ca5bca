import { useId } from 'react'
import type { ShelvedDraft } from '../../store/tab-drafts.ts'
import { formatDraftSize, formatSavedAt } from './draft-format.ts'

/**
 * The offer to open an autosaved draft too large to open at start-up: a banner over the workspace that blocks
 * nothing, so the user can work on and open the draft when it suits them (it stays under New › Autosaved drafts).
 */
export function LargeDraftOffer({
  draft,
  onOpen,
  onKeep,
}: {
  readonly draft: ShelvedDraft
  readonly onOpen: () => void
  readonly onKeep: () => void
}) {
  const titleId = useId()
  return (
    <section className="large-draft" aria-labelledby={titleId}>
      <p className="large-draft__message">
        <strong id={titleId}>
          Your autosaved draft ({formatDraftSize(draft.text)}, saved {formatSavedAt(draft.savedAt)}) was not opened at
          start-up
        </strong>{' '}
        so the page stays responsive. Opening it may take a while.
      </p>
      <div className="large-draft__actions">
        <button type="button" className="button button--primary" onClick={onOpen}>
          Open it
        </button>
        <button type="button" className="button" onClick={onKeep}>
          Keep it for later
        </button>
      </div>
    </section>
  )
}
