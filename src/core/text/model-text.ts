import { detectEol } from '../document/text-lines.ts'
import { changedRegion } from './changed-region.ts'

// Monaco keeps one line ending per model and hides a byte-order mark, so a document with CRLF lines or a BOM
// cannot live in the model as it is: written there, the CRs and the BOM come back gone, and the app would save
// that. The model therefore holds the document with LF lines and no BOM, and each edit made in the editor is
// carried back into the document at the same place, its new line breaks written as the document writes them.

const BOM = '\uFEFF'

/** The text the editor shows for `documentText`: LF line breaks, no byte-order mark (itself when it has neither). */
export function modelTextOf(documentText: string): string {
  return withLfLines(documentText.startsWith(BOM) ? documentText.slice(1) : documentText)
}

/** `text` with each CRLF and lone CR written as LF, as the model holds line breaks (itself when it has no CR). */
export function withLfLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/**
 * The document after the editor turned the model text of `documentText` into `modelText`: the changed span is
 * mapped back onto the document's own bytes (at `edit`, the model range the editor replaced, when given), so line endings and the BOM outside it stay exactly as they were.
 */
export function documentTextAfterEdit(
  documentText: string,
  modelText: string,
  edit?: { readonly from: number; readonly to: number },
): string {
  const before = modelTextOf(documentText)
  if (before === documentText) return modelText
  if (before === modelText) return documentText
  // Where the editor says it changed [from, to) of its text: a diff alone cannot tell which of two equal line
  // breaks was typed, and in a file of mixed line ends that decides which line keeps its CR.
  const tail = edit === undefined ? -1 : before.length - edit.to
  const isKnown =
    edit !== undefined &&
    tail >= 0 &&
    edit.from <= edit.to &&
    before.slice(0, edit.from) === modelText.slice(0, edit.from) &&
    before.slice(edit.to) === modelText.slice(modelText.length - tail)
  const { from, oldTo, newTo } =
    isKnown && edit
      ? { from: edit.from, oldTo: edit.to, newTo: modelText.length - tail }
      : changedRegion(before, modelText)
  const eol = detectEol(documentText)
  const typed = modelText.slice(from, newTo)
  const inserted = eol === '\n' ? typed : typed.replace(/\n/g, eol)
  return (
    documentText.slice(0, documentOffset(documentText, from)) +
    inserted +
    documentText.slice(documentOffset(documentText, oldTo))
  )
}

/** The offset in the document of `modelOffset` in its model text (which lacks the BOM and each CRLF's CR). */
function documentOffset(documentText: string, modelOffset: number): number {
  let doc = documentText.startsWith(BOM) ? 1 : 0
  for (let model = 0; model < modelOffset; model++, doc++) {
    // A CRLF is one '\n' in the model: step over its CR too.
    if (documentText.charCodeAt(doc) === 13 && documentText.charCodeAt(doc + 1) === 10) doc++
  }
  return doc
}
