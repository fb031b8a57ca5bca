import type { Canary } from '../../core/catalog/canary-fields.ts'
import { formatPath, type Diagnostic } from '../../core/diagnostic.ts'
import { parseDocument } from '../../core/document/parse-document.ts'
import type { CliIo } from '../cli-io.ts'

/** A Canary read from a file or stdin, with the warnings its reading produced; or why it could not be read. */
export type CanaryInput = { ok: true; canary: Canary; warnings: string[] } | { ok: false; message: string }

function describe(file: string, d: Diagnostic): string {
  const at = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}: ` : `${file}: `
  const field = d.path && d.path.length > 0 && !d.message.includes(formatPath(d.path)) ? `${formatPath(d.path)}: ` : ''
  const kind = d.severity === 'error' && d.rule.startsWith('yaml') ? 'invalid YAML: ' : ''
  return `${at}${kind}${field}${d.message}`
}

/** Reads the first `kind: Canary` document of a YAML file (or of stdin for "-") through the document layer. */
export function readCanaryInput(io: CliIo, pathOrDash: string): CanaryInput {
  let text: string
  try {
    text = io.readInput(pathOrDash)
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
  const file = pathOrDash === '-' ? '<stdin>' : pathOrDash
  const parsed = parseDocument(text)
  if (parsed.status !== 'ok' || !parsed.canary) {
    const problem = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0]
    const reason = parsed.status === 'empty' ? `${file}: the input is empty` : problem ? describe(file, problem) : `${file}: no Canary found`
    return { ok: false, message: parsed.status === 'no-canary' ? `${file}: no document has kind: Canary` : reason }
  }
  const warnings = parsed.diagnostics.map((d) => `${d.severity === 'error' ? 'warning' : d.severity}: ${describe(file, d)} (ignored)`)
  return { ok: true, canary: parsed.canary, warnings }
}
