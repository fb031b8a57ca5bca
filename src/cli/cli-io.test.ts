import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { nodeIo } from './cli-io.ts'

const dir = mkdtempSync(join(tmpdir(), 'canary-cli-io-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

describe('nodeIo.readInput', () => {
  it('refuses bytes that are not UTF-8 instead of turning them into U+FFFD', () => {
    // "name: café" in Latin-1: é is the single byte 0xE9.
    const path = file('latin1.yaml', Uint8Array.from([...Buffer.from('metadata:\n  name: caf'), 0xe9, 0x0a]))
    expect(() => nodeIo.readInput(path)).toThrow(/cannot read .*latin1\.yaml: The file is not UTF-8 text/)
  })

  it('returns UTF-8 text exactly as stored: byte-order mark and CRLF line ends kept', () => {
    const text = '\uFEFFkind: Canary\r\nmetadata:\r\n  name: café\r\n'
    expect(nodeIo.readInput(file('bom-crlf.yaml', text))).toBe(text)
  })

  it('reads UTF-16 files (Windows PowerShell 5 writes them) as text', () => {
    const path = file('utf16.yaml', Buffer.from('\uFEFFkind: Canary\n', 'utf16le'))
    expect(nodeIo.readInput(path)).toBe('kind: Canary\n')
  })

  it('says which file is missing', () => {
    expect(() => nodeIo.readInput(join(dir, 'absent.yaml'))).toThrow(/no such file/)
  })
})
