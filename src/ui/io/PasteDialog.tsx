import { useState } from 'react'
import { Dialog } from './Dialog.tsx'

/**
 * What to open: the clipboard's own text when the field holds just that, for a textarea's value reports CRLF line
 * breaks as LF, and a Windows file pasted here must keep its line ends.
 */
function textToOpen(value: string, pasted: string | undefined): string {
  return pasted !== undefined && pasted.replace(/\r\n?/g, '\n') === value ? pasted : value
}

/** A text area to paste a whole Canary file into; it is checked before it replaces anything. */
export function PasteDialog({
  onImport,
  onClose,
}: {
  readonly onImport: (text: string) => string | undefined
  readonly onClose: () => void
}) {
  const [text, setText] = useState('')
  const [pasted, setPasted] = useState<string | undefined>()
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
            onClick={() => setError(onImport(textToOpen(text, pasted)))}
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
          onPaste={(e) => setPasted(text === '' ? e.clipboardData.getData('text/plain') : undefined)}
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
