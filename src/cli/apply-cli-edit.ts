import { applyEdit } from '../core/document/apply-edit.ts'
import { parseDocument } from '../core/document/parse-document.ts'
import type { Edit } from '../core/document/types.ts'
import type { CliIo } from './cli-io.ts'

/** Writes `<command>: message` to stderr and gives the usage-error exit code. */
export function failCommand(io: CliIo, command: string, message: string): number {
  io.stderr(`${command}: ${message}\n`)
  return 2
}

/**
 * Reads a file (or stdin for "-"), makes one edit to its Canary as the form does and prints the whole document;
 * the shared body of `set` and `remove`. Syntax errors, refused edits and unreadable files exit 2.
 */
export function printEdited(io: CliIo, command: string, file: string, pathText: string, edit: Edit): number {
  let text: string
  try {
    text = io.readInput(file)
  } catch (err) {
    return failCommand(io, command, err instanceof Error ? err.message : String(err))
  }
  const parsed = parseDocument(text)
  const firstError = parsed.diagnostics.find((d) => d.severity === 'error' && d.rule.startsWith('yaml'))
  if (parsed.status === 'invalid' && firstError) {
    const at = firstError.range ? `${file}:${firstError.range.start.line}:${firstError.range.start.column}: ` : ''
    return failCommand(io, command, `${at}${firstError.message}`)
  }
  const result = applyEdit(text, edit)
  if (!result.ok) return failCommand(io, command, result.message)
  if (result.reformatted)
    io.stderr(`${command}: note: ${pathText} sits in flow style or behind an alias; that document was re-serialised\n`)
  io.stdout(result.text)
  return 0
}
