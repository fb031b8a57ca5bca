import { parseDocument } from '../core/document/parse-document.ts'
import type { Canary } from '../core/catalog/canary-fields.ts'
import type { ParsedFile } from '../core/document/types.ts'
import type { CliIo } from './cli-io.ts'

/** A file whose Canary could be read. */
export type CanaryInput = ParsedFile & { readonly canary: Canary }

/** Reads a file (or stdin for "-") and its Canary; on failure writes `<command>: <why>` to stderr and returns undefined. */
export function readCanaryInput(io: CliIo, command: string, file: string): CanaryInput | undefined {
  let text: string
  try {
    text = io.readInput(file)
  } catch (err) {
    io.stderr(`${command}: ${err instanceof Error ? err.message : String(err)}\n`)
    return undefined
  }
  const parsed = parseDocument(text)
  const canary = parsed.canary
  if (parsed.status !== 'ok' || !canary) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error')
    io.stderr(`${command}: ${file} has no readable Canary (${parsed.status}${first ? `: ${first.message}` : ''})\n`)
    return undefined
  }
  return { ...parsed, canary }
}
