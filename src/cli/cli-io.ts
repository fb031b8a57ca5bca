import { decodeImportFile } from '../core/import/decode-file.ts'
import { readBounded } from './read-bounded.ts'

/** Where a command reads and writes; tests pass an in-memory one. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Reads a file path, or standard input for "-". Throws with a readable message when it cannot. */
  readonly readInput: (pathOrDash: string) => string
}

export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number> | number

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readInput: (p) => {
    let bytes: Buffer
    try {
      bytes = readBounded(p === '-' ? 0 : p)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      throw new Error(
        code === 'ENOENT'
          ? `cannot read ${p}: no such file`
          : `cannot read ${p}: ${code ?? (err instanceof Error ? err.message : String(err))}`,
        { cause: err },
      )
    }
    // Node's 'utf8' decoding turns invalid bytes into U+FFFD without a word, and `set` would then write them back
    // changed: refuse such input, as the app's Open does, rather than alter what we were given.
    const decoded = decodeImportFile(bytes, Number.POSITIVE_INFINITY)
    if (!decoded.ok) throw new Error(`cannot read ${p === '-' ? 'standard input' : p}: ${decoded.message}`)
    return decoded.text
  },
}

/** An in-memory CliIo for tests. */
export function memoryIo(files: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t
    },
    stderr: (t: string) => {
      io.err += t
    },
    readInput: (p: string) => {
      const text = files[p]
      if (text === undefined) throw new Error(`cannot read ${p}: no such file`)
      return text
    },
  }
  return io
}
