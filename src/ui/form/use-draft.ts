import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react'

/** Writes a box's text to the YAML: undefined when done, else why not. `typing` names the typing session. */
export type DraftCommit = (text: string, typing: string | undefined) => string | undefined

let typingSessions = 0

/**
 * A text box that updates the YAML as the person types: every keystroke whose text is valid is committed at once,
 * and the keystrokes of one visit to the box share a typing session, so they make one undo step. The box keeps
 * the typed text while focused (an edit never rewrites what is being typed, e.g. "010" as "10"); a text the commit
 * rejects stays on screen with its message, so nothing typed is lost. Emptying the box removes the field only when
 * the person leaves it or presses Enter, so clearing a box to retype it does not delete the key and its comment.
 * Escape puts back the value the box had when the typing began.
 */
export function useDraft(committed: string, commit: DraftCommit) {
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const session = useRef<{ readonly id: string; readonly before: string } | undefined>(undefined)

  const sessionId = () => {
    session.current ??= { id: `typing-${++typingSessions}`, before: committed }
    return session.current.id
  }
  const finish = () => {
    const message = draft === undefined || draft === committed ? undefined : commit(draft, sessionId())
    setError(message)
    if (message !== undefined) return
    setDraft(undefined)
    session.current = undefined
  }
  const revert = () => {
    const before = session.current?.before
    if (before !== undefined && before !== committed) commit(before, session.current?.id)
    session.current = undefined
    setDraft(undefined)
    setError(undefined)
  }
  return {
    error,
    inputProps: {
      value: draft ?? committed,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        const text = e.target.value
        const id = sessionId()
        setDraft(text)
        setError(text.trim() === '' ? undefined : commit(text, id))
      },
      onBlur: finish,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') finish()
        if (e.key === 'Escape') revert()
      },
      'aria-invalid': error !== undefined ? true : undefined,
    },
  }
}
