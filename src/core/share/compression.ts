// Raw DEFLATE (RFC 1951, no zlib or gzip header) through the platform's CompressionStream, which browsers and
// Node ≥ 20 provide as globals: no dependency, and the same bytes in the app, the CLI and the tests.

/** Compresses bytes with raw DEFLATE ('deflate-raw'). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The inflated bytes, or whether the data was damaged or expanded past the cap. */
export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'corrupt' | 'too-large'; readonly message: string }

/** Decompresses raw DEFLATE, stopping as soon as the output would exceed `maxBytes` (a decompression bomb). */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.length
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined)
        return { ok: false, reason: 'too-large', message: `it expands to more than ${maxBytes} bytes` }
      }
      chunks.push(value)
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: 'corrupt', message: `the compressed data is damaged (${detail})` }
  }
  return { ok: true, bytes: concatBytes(chunks, total) }
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}
