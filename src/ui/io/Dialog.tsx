import { useEffect, useRef, type ReactNode } from 'react'

interface Props {
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  /** Buttons for the dialog's foot, last one usually the main action. */
  readonly actions: ReactNode
  readonly wide?: boolean
}

/** A modal built on the native <dialog>: focus is trapped, Escape closes, the page behind is inert. */
export function Dialog({ title, onClose, children, actions, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={`io-dialog${wide ? ' io-dialog--wide' : ''}`}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 className="io-dialog__title">{title}</h2>
      <div className="io-dialog__body">{children}</div>
      <div className="io-dialog__actions">{actions}</div>
    </dialog>
  )
}
