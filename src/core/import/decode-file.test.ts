import { describe, expect, it } from 'vitest'
import { decodeImportFile } from './decode-file.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeImportFile', () => {
  it('decodes UTF-8 and keeps a byte-order mark so the export gives back the same bytes', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('kind: Canary # ☕\r\n')])
    const decoded = decodeImportFile(bytes)
    expect(decoded).toEqual({ ok: true, text: '\uFEFFkind: Canary # ☕\r\n' })
    expect(decoded.ok && utf8(decoded.text)).toEqual(bytes)
  })

  it('reads UTF-16 files with a byte-order mark, as Windows PowerShell writes them', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x6b, 0x00, 0x3a, 0x00, 0x20, 0x00, 0x76, 0x00])
    expect(decodeImportFile(le)).toEqual({ ok: true, text: 'k: v' })
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x6b, 0x00, 0x3a])
    expect(decodeImportFile(be)).toEqual({ ok: true, text: 'k:' })
  })

  it('refuses bytes that are not UTF-8', () => {
    const result = decodeImportFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain('not UTF-8 text')
  })

  it('refuses a file over the limit without decoding it', () => {
    expect(decodeImportFile(new Uint8Array(2048), 1024)).toEqual({
      ok: false,
      message: 'The file is too large to import (2.0 KB; the limit is 1.0 KB).',
    })
  })
})
