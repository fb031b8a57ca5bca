import { closeSync, openSync, readSync } from 'node:fs'

/** The most bytes the CLI reads from one input; `/dev/zero` or a runaway pipe stops here instead of filling memory. */
export const maxInputBytes = 32 * 1024 * 1024

const chunkBytes = 1024 * 1024

/** The bytes of a file, or of standard input for fd 0; throws a readable message past `maxBytes`. */
export function readBounded(pathOrFd: string | 0, maxBytes = maxInputBytes): Buffer {
  const fd = pathOrFd === 0 ? 0 : openSync(pathOrFd, 'r')
  const chunks: Buffer[] = []
  let total = 0
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes)
      const read = readRetrying(fd, chunk)
      if (read === 0) break
      total += read
      if (total > maxBytes)
        throw new Error(`the input is larger than ${maxBytes / 1024 / 1024} MiB, the most the CLI reads`)
      chunks.push(chunk.subarray(0, read))
    }
  } finally {
    if (fd !== 0) closeSync(fd)
  }
  return Buffer.concat(chunks, total)
}

// A non-blocking stdin (a pipe whose writer is slow) answers EAGAIN: wait a moment and read again.
function readRetrying(fd: number, into: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, into, 0, into.length, null)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'EOF') return 0
      if (code !== 'EAGAIN') throw err
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
    }
  }
}
