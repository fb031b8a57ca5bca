import type { monaco as Monaco } from './monaco-setup.ts'
import { minimalReplacement } from './text-diff.ts'

/** Brings the model to `text` with one minimal edit, so the cursor, selection and scroll stay where they were. */
export function syncModelText(model: Monaco.editor.ITextModel, text: string): void {
  const current = model.getValue()
  const change = minimalReplacement(current, text)
  if (!change) return
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
