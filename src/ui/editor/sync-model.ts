import type { monaco as Monaco } from './monaco-setup.ts'
import { minimalReplacement } from './text-diff.ts'

/**
 * Past this many new characters an edit is a new document (an opened file), not a change to keep the cursor
 * across: Monaco takes a new value faster than an edit of that size, which it must also record for its undo.
 */
const newValueAbove = 1_000_000

/**
 * Brings the model to `text` with one minimal edit, so the cursor, selection and scroll stay where they were. A new
 * document (a change over a million characters) is given whole, to `replaceWhole` when there is one.
 */
export function syncModelText(
  model: Monaco.editor.ITextModel,
  text: string,
  replaceWhole: (text: string) => void = (whole) => model.setValue(whole),
): void {
  const current = model.getValue()
  const change = minimalReplacement(current, text)
  if (!change) return
  if (change.text.length > newValueAbove) return replaceWhole(text)
  const start = model.getPositionAt(change.from)
  const end = model.getPositionAt(change.to)
  model.applyEdits([
    {
      range: {
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
      },
      text: change.text,
    },
  ])
}
