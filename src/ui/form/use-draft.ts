import { useState, type ChangeEvent, type KeyboardEvent } from 'react'

/**
 * A text box's local draft: while focused, typing changes only the draft; Enter or leaving the box commits it.
 * A draft the commit rejects stays on screen with its message, so nothing typed is lost.
 */
export function useDraft(committed: string, commit: (text: string) => string | undefined) {
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)

  const finish = () => {
    if (draft === undefined) return
    const message = draft === committed ? undefined : commit(draft)
    setError(message)
    if (message === undefined) setDraft(undefined)
  }
  return {
    error,
    inputProps: {
      value: draft ?? committed,
      onChange: (e: ChangeEvent<HTMLInputElement>) => setDraft(e.target.value),
      onBlur: finish,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') finish()
        if (e.key === 'Escape') {
          setDraft(undefined)
          setError(undefined)
        }
      },
      'aria-invalid': error !== undefined ? true : undefined,
    },
  }
}
