import type { monaco as Monaco } from './monaco-setup.ts'

/**
 * How much text one step of a fill hands Monaco. Monaco builds a view line for every line of its model when the model
 * takes a new value: for a 5 MB file of 100,000 lines that alone was a 200 ms task. Appending the text in parts costs
 * about the same in all, but no part holds the page longer than ~25 ms.
 */
export const fillStepChars = 400_000

/** The part of a Monaco model a fill uses (a fake one in tests). */
export type FillableModel = Pick<
  Monaco.editor.ITextModel,
  'setValue' | 'applyEdits' | 'getLineCount' | 'getLineMaxColumn'
>

/** A fill under way. */
export interface ModelFill {
  /** Stops before the next part: the model then holds only the parts given so far. */
  readonly cancel: () => void
}

/**
 * Gives `model` the value `text` over several tasks: the first part as a new value, each further part appended
 * at the end, `schedule` running each step. Parts end after a line break, so no line is split between steps. `done`
 * runs after the last part. Appends go through applyEdits, which keeps them off Monaco's undo stack.
 */
export function fillModel(
  model: FillableModel,
  text: string,
  done: () => void,
  schedule: (step: () => void) => void = (step) => setTimeout(step),
): ModelFill {
  let cancelled = false
  let from = partEnd(text, 0)
  model.setValue(text.slice(0, from))
  const step = () => {
    if (cancelled) return
    if (from >= text.length) return done()
    const to = partEnd(text, from)
    const line = model.getLineCount()
    const column = model.getLineMaxColumn(line)
    const end = { startLineNumber: line, startColumn: column, endLineNumber: line, endColumn: column }
    model.applyEdits([{ range: end, text: text.slice(from, to) }])
    from = to
    schedule(step)
  }
  schedule(step)
  return {
    cancel: () => {
      cancelled = true
    },
  }
}

/** Where the part starting at `from` ends: after the first line break past fillStepChars, or at the end. */
function partEnd(text: string, from: number): number {
  if (text.length - from <= fillStepChars) return text.length
  const lineEnd = text.indexOf('\n', from + fillStepChars)
  return lineEnd < 0 ? text.length : lineEnd + 1
}
