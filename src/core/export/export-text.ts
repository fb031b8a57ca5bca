import type { DocumentInfo } from '../document/types.ts'

// Exports are slices of the text exactly as edited: comments, blank lines, quoting and line endings are kept,
// because the text is the document. Nothing here re-serialises YAML.

/** What exportCanaryOnly needs from a parsed file: where each document ends and which one is the Canary. */
export interface ExportableFile {
  readonly documents: readonly Pick<DocumentInfo, 'from' | 'to'>[]
  readonly canaryIndex: number
}

/** The exported text, or why there is nothing to export. */
export type ExportResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

/** The whole file, every document included, byte for byte. */
export function exportEverything(text: string): string {
  return text
}

/**
 * The edited Canary's own part of the file, byte for byte: from the end of the previous document (so its leading
 * comments and `---` come along) to the end of its own (the end of the file for the last one).
 */
export function exportCanaryOnly(text: string, parsed: ExportableFile): ExportResult {
  const { documents, canaryIndex } = parsed
  const canary = documents[canaryIndex]
  if (canary === undefined) return { ok: false, message: 'There is no Canary in this file to export.' }
  if (documents.length === 1) return { ok: true, text }
  const from = canaryIndex === 0 ? 0 : (documents[canaryIndex - 1]?.to ?? canary.from)
  const to = canaryIndex === documents.length - 1 ? text.length : canary.to
  return { ok: true, text: text.slice(from, to) }
}
