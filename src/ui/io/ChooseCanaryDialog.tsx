import { useState } from 'react'
import type { CanaryChoice } from '../../core/import/inspect-import.ts'
import { Dialog } from './Dialog.tsx'

const label = (c: CanaryChoice) => `${c.namespace ? `${c.namespace} / ` : ''}${c.name ?? '(no name)'}`

/** A file holds several Canaries: the user picks the one to edit; every other document stays as it is. */
export function ChooseCanaryDialog(props: {
  readonly canaries: readonly CanaryChoice[]
  readonly documentCount: number
  readonly onChoose: (documentIndex: number) => void
  readonly onClose: () => void
}) {
  const [chosen, setChosen] = useState(props.canaries[0]?.documentIndex ?? 0)
  return (
    <Dialog
      title="Which Canary do you want to edit?"
      onClose={props.onClose}
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => props.onChoose(chosen)}>
            Edit this Canary
          </button>
        </>
      }
    >
      <p>
        This file has {props.documentCount} documents, {props.canaries.length} of them Canaries. The others are kept and
        exported unchanged.
      </p>
      <fieldset className="io-choices">
        <legend className="visually-hidden">Canary</legend>
        {props.canaries.map((c) => (
          <label key={c.documentIndex} className="io-choice">
            <input
              type="radio"
              name="canary"
              checked={chosen === c.documentIndex}
              onChange={() => setChosen(c.documentIndex)}
            />
            <span>{label(c)}</span>
            <span className="io-choice__where">document {c.documentIndex + 1}</span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  )
}
