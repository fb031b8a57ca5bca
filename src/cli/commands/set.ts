import { parseDocument as parseYamlValue } from 'yaml'
import { applyEdit } from '../../core/document/apply-edit.ts'
import { parseDocument } from '../../core/document/parse-document.ts'
import { parsePath } from '../../core/diagnostic.ts'
import type { CliCommand, CliIo } from '../cli-io.ts'

const usage =
  'usage: npm run --silent cli -- set <file|-> <path> <yaml-value>\n' +
  'example: set canary.yaml spec.analysis.metrics[0].thresholdRange.min 99'

function fail(io: CliIo, message: string): number {
  io.stderr(`set: ${message}\n`)
  return 2
}

/** The value argument read as YAML, so `10`, `"10"`, `[a, b]` and `{x: 1}` mean what they say. */
function readValue(source: string): { value: unknown } | { error: string } {
  const doc = parseYamlValue(source, { version: '1.1', prettyErrors: false })
  const problem = doc.errors[0]
  if (problem) return { error: `the value is not valid YAML: ${problem.message}` }
  return { value: doc.toJS({ maxAliasCount: 100 }) as unknown }
}

/** `set <file|-> <path> <yaml-value>`: prints the document with that one value set, comments and layout kept. */
export const command: CliCommand = (args, io) => {
  if (args.length !== 3) return fail(io, `expected 3 arguments, got ${args.length}\n${usage}`)
  const [file = '', pathText = '', valueText = ''] = args
  const path = parsePath(pathText)
  if (!path) return fail(io, `"${pathText}" is not a field path (like spec.analysis.metrics[0].interval)`)
  const value = readValue(valueText)
  if ('error' in value) return fail(io, value.error)
  let text: string
  try {
    text = io.readInput(file)
  } catch (err) {
    return fail(io, err instanceof Error ? err.message : String(err))
  }
  const parsed = parseDocument(text)
  const firstError = parsed.diagnostics.find((d) => d.severity === 'error' && d.rule.startsWith('yaml'))
  if (parsed.status === 'invalid' && firstError) {
    const at = firstError.range ? `${file}:${firstError.range.start.line}:${firstError.range.start.column}: ` : ''
    return fail(io, `${at}${firstError.message}`)
  }
  const result = applyEdit(text, { kind: 'set', path, value: value.value })
  if (!result.ok) return fail(io, result.message)
  if (result.reformatted)
    io.stderr(`set: note: ${pathText} sits in flow style or behind an alias; that document was re-serialised\n`)
  io.stdout(result.text)
  return 0
}
