import { useState } from 'react'
import { Dialog } from './Dialog.tsx'

/** A text area to paste a whole Canary file into; it is checked before it replaces anything. */
export function PasteDialog({
  onImport,
  onClose,
}: {
  readonly onImport: (text: string) => string | undefined
  readonly onClose: () => void
}) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>()
  return (
    <Dialog
      title="Paste YAML"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={text.trim() === ''}
            onClick={() => setError(onImport(text))}
          >
            Open
          </button>
        </>
      }
    >
      <label className="io-field">
        <span>A Canary, or a file of several documents (---); the other documents are kept.</span>
        <textarea
          className="io-paste"
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            setError(undefined)
          }}
          spellCheck={false}
          autoFocus
          aria-label="YAML to open"
        />
      </label>
      {error && (
        <p className="io-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
