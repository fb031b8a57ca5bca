import type { ReactNode } from 'react'
import { blankCanary } from '../../core/templates/blank-canary.ts'
import { templates } from '../../core/templates/templates.ts'
import { Dialog } from './Dialog.tsx'

/** "New": a blank Canary, then one commented Canary per rollout style, each with when to choose it. */
export function TemplatesDialog({
  onChoose,
  onClose,
  children,
}: {
  readonly onChoose: (text: string) => void
  readonly onClose: () => void
  /** More to start from, below the templates (autosaved drafts of other tabs). */
  readonly children?: ReactNode
}) {
  return (
    <Dialog
      title="New Canary"
      onClose={onClose}
      wide
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <ul className="io-templates">
        {[blankCanary, ...templates].map((t) => (
          <li key={t.id}>
            <button type="button" className="io-template" data-template={t.id} onClick={() => onChoose(t.text)}>
              <span className="io-template__title">{t.title}</span>
              <span className="io-template__strategy">{t.strategy}</span>
              <span className="io-template__description">{t.description}</span>
            </button>
          </li>
        ))}
      </ul>
      {children}
    </Dialog>
  )
}
