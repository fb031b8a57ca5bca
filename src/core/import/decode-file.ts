import { DEFAULT_MAX_IMPORT_BYTES, tooLargeMessage } from './inspect-import.ts'

// A browser's File.text() silently turns invalid UTF-8 into U+FFFD; decoding the bytes ourselves lets us say
// so, and read the UTF-16 files Windows PowerShell 5 writes with `>` instead of calling them binary.

/** The file as text, or why it cannot be read as text. */
export type DecodeFileResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }

/** Decodes an opened file's bytes as UTF-8 (or UTF-16 with a byte-order mark), refusing files that are too large or not text. */
export function decodeImportFile(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_IMPORT_BYTES): DecodeFileResult {
  if (bytes.length > maxBytes) {
    return { ok: false, message: tooLargeMessage(bytes.length, maxBytes) }
  }
  const utf16 = utf16Encoding(bytes)
  try {
    if (utf16) return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes) }
    // ignoreBOM keeps a UTF-8 byte-order mark in the text, so exporting gives back the same bytes.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    return {
      ok: false,
      message:
        'The file is not UTF-8 text (it may be binary, or saved in another encoding). Save it as UTF-8 and try again.',
    }
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}
