import type { Canary } from '../core/catalog/canary-fields.ts'
import { formatPath, type Diagnostic } from '../core/diagnostic.ts'
import { parseDocument } from '../core/document/parse-document.ts'
import type { ParsedFile } from '../core/document/types.ts'
import { rejectedCanaryReason } from '../core/model/admission.ts'
import type { CliIo } from './cli-io.ts'

/** A file (or stdin) whose Canary could be read, with notes on what its reading found; or why it could not be read. */
export type CanaryInput =
  | {
      readonly ok: true
      readonly parsed: ParsedFile
      readonly canary: Canary
      readonly warnings: readonly string[]
      /** Why the API server rejects this Canary (Flagger never runs it), if it does. */
      readonly rejection: string | undefined
    }
  | { readonly ok: false; readonly message: string }

/** A diagnostic as one line: `severity: file:line:column: message` (the field path when it has no range). */
export function describeDiagnostic(d: Diagnostic, file: string): string {
  const field = d.path && d.path.length > 0 && !d.message.includes(formatPath(d.path)) ? `${formatPath(d.path)}: ` : ''
  const at = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}: ` : ''
  const kind = d.severity === 'error' && d.rule.startsWith('yaml') ? 'invalid YAML: ' : ''
  return `${d.severity === 'info' ? 'note' : d.severity}: ${at}${kind}${field}${d.message}`
}

/** Reads the Canary of a YAML file (or of stdin for "-") through the document layer, as the app does. */
export function readCanaryInput(io: CliIo, pathOrDash: string): CanaryInput {
  let text: string
  try {
    text = io.readInput(pathOrDash)
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
  const file = pathOrDash === '-' ? '<stdin>' : pathOrDash
  const parsed = parseDocument(text)
  if (parsed.status === 'empty') return { ok: false, message: `${file}: the input is empty` }
  if (parsed.status !== 'ok' || !parsed.canary) {
    const problem = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0]
    return { ok: false, message: problem ? describeDiagnostic(problem, file) : `${file}: no Canary found` }
  }
  return {
    ok: true,
    parsed,
    canary: parsed.canary,
    warnings: parsed.diagnostics.map((d) => describeDiagnostic(d, file)),
    rejection: rejectedCanaryReason(parsed.canary),
  }
}

/** A command's answer for a Canary the API server rejects: halted with the reason, exit 1 (as lint's errors). */
export function haltRejected(io: CliIo, command: string, rejection: string): number {
  io.stderr(`${command}: halted: ${rejection}\n`)
  return 1
}
