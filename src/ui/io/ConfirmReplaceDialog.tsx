import { Dialog } from './Dialog.tsx'

/** Asks before a load replaces work: unsaved edits, or a different autosaved draft. */
export function ConfirmReplaceDialog(props: {
  readonly reason: string
  readonly onConfirm: () => void
  readonly onClose: () => void
}) {
  return (
    <Dialog
      title="Replace the current document?"
      onClose={props.onClose}
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} autoFocus>
            Keep current
          </button>
          <button type="button" className="button button--danger" onClick={props.onConfirm}>
            Replace
          </button>
        </>
      }
    >
      <p>{props.reason}</p>
      <p className="io-hint">
        Tip: download the current document first (Ctrl/⌘+S) if you may want it back; loading cannot be undone.
      </p>
    </Dialog>
  )
}
