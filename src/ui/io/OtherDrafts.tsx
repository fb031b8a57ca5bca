import { useState } from 'react'
import { inspectImport } from '../../core/import/inspect-import.ts'
import { isLargeDraft } from '../../store/large-drafts.ts'
import type { DraftShelf, ShelvedDraft } from '../../store/tab-drafts.ts'
import { formatDraftSize, formatSavedAt } from './draft-format.ts'

function describeDraft(draft: ShelvedDraft): string {
  // Parsing a large draft to name it would freeze the dialog, the very thing setting it aside avoided.
  if (isLargeDraft(draft.text)) return 'A large draft'
  const inspected = inspectImport(draft.text)
  const canary = inspected.ok ? inspected.canaries[0] : undefined
  if (!canary?.name) return inspected.ok ? 'A Canary without a name' : 'A draft that is not a Canary yet'
  return canary.namespace ? `${canary.namespace}/${canary.name}` : canary.name
}

/** In the New dialog: drafts other tabs autosaved (each tab keeps its own once two are open) or set aside, to open here. */
export function OtherDrafts({
  shelf,
  currentText,
  onOpen,
}: {
  readonly shelf: DraftShelf
  readonly currentText: string
  readonly onOpen: (draft: ShelvedDraft) => void
}) {
  // Read once when the dialog opens: another tab saving meanwhile should not reorder the buttons under the pointer.
  const [drafts] = useState(() => shelf.list().filter((d) => d.text !== currentText))
  if (drafts.length === 0) return null
  return (
    <section className="io-drafts" aria-labelledby="io-drafts-title">
      <h3 id="io-drafts-title" className="io-drafts__title">
        Autosaved drafts from other tabs
      </h3>
      <ul className="io-drafts__list">
        {drafts.map((draft) => (
          <li key={draft.key}>
            <button type="button" className="io-draft" onClick={() => onOpen(draft)}>
              <span className="io-draft__name" title={describeDraft(draft)}>
                {describeDraft(draft)}
              </span>
              <span className="io-draft__saved">
                {formatDraftSize(draft.text)} · saved {formatSavedAt(draft.savedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
