import { withLfLines } from '../../core/text/model-text.ts'
import type { monaco as Monaco } from './monaco-setup.ts'

/**
 * Pastes longer than this skip Monaco's own paste. Monaco reads the clipboard, applies the edit, records it for its
 * undo and rebuilds every view line in one task: 590–650 ms for a 4.8 MB file pasted over the sample (#18).
 */
export const largePasteAbove = 500_000

/** A paste taken from Monaco: the model's text with it in, the model range it replaced, and where it ends. */
export interface LargePaste {
  readonly modelText: string
  readonly replaced: { readonly from: number; readonly to: number }
  readonly end: number
}

/**
 * Takes pastes over largePasteAbove characters away from Monaco, before its text area sees them (a capture listener
 * on `host`), and hands them to `paste` in the next task. Several cursors, a read-only editor, or `isBusy()` leave the
 * paste to Monaco. Returns the remover.
 */
export function interceptLargePaste(
  host: HTMLElement,
  editor: Monaco.editor.IStandaloneCodeEditor,
  isBusy: () => boolean,
  paste: (large: LargePaste) => void,
): () => void {
  const onPaste = (event: ClipboardEvent) => {
    const model = editor.getModel()
    const selections = editor.getSelections()
    const selection = selections?.length === 1 ? selections[0] : undefined
    if (!model || !selection || isBusy() || editor.getRawOptions().readOnly) return
    const pasted = event.clipboardData?.getData('text/plain') ?? ''
    if (pasted.length <= largePasteAbove) return
    event.preventDefault()
    event.stopPropagation()
    const from = model.getOffsetAt(selection.getStartPosition())
    const to = model.getOffsetAt(selection.getEndPosition())
    const version = model.getVersionId()
    // Reading the clipboard is most of this task (~115 ms for 4.8 MB): the rest waits for a task of its own.
    setTimeout(() => {
      if (model.isDisposed()) return
      // The document's own line ends come back in documentTextAfterEdit.
      const inserted = withLfLines(pasted)
      // A key that got in first moved the text: Monaco then pastes at its own cursor, the slow way, losing nothing.
      if (model.getVersionId() !== version) return editor.trigger('keyboard', 'paste', { text: inserted })
      const value = model.getValue()
      paste({
        modelText: value.slice(0, from) + inserted + value.slice(to),
        replaced: { from, to },
        end: from + inserted.length,
      })
    })
  }
  host.addEventListener('paste', onPaste, true)
  return () => host.removeEventListener('paste', onPaste, true)
}
