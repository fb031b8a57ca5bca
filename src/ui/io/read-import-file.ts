import { decodeImportFile, type DecodeFileResult } from '../../core/import/decode-file.ts'
import { DEFAULT_MAX_IMPORT_BYTES, tooLargeMessage } from '../../core/import/inspect-import.ts'

/** Reads an opened or dropped file as text; a large file is refused before its bytes are read. */
export async function readImportFile(file: File): Promise<DecodeFileResult> {
  if (file.size > DEFAULT_MAX_IMPORT_BYTES)
    return { ok: false, message: tooLargeMessage(file.size, DEFAULT_MAX_IMPORT_BYTES) }
  try {
    return decodeImportFile(new Uint8Array(await file.arrayBuffer()))
  } catch {
    return { ok: false, message: `The file “${file.name}” could not be read.` }
  }
}
