import { parseDocument as parseYamlValue } from 'yaml'
import { parsePath } from '../../core/diagnostic.ts'
import { failCommand, printEdited } from '../apply-cli-edit.ts'
import type { CliCommand } from '../cli-io.ts'

const usage =
  'usage: npm run --silent cli -- set <file|-> <path> <yaml-value>\n' +
  'example: set canary.yaml spec.analysis.metrics[0].thresholdRange.min 99\n' +
  'an index one past the end of a list appends: set canary.yaml spec.analysis.webhooks[2] "{name: load}"'

/** The value argument read as YAML, so `10`, `"10"`, `[a, b]` and `{x: 1}` mean what they say. */
function readValue(source: string): { value: unknown } | { error: string } {
  const doc = parseYamlValue(source, { version: '1.1', prettyErrors: false })
  const problem = doc.errors[0]
  if (problem) return { error: `the value is not valid YAML: ${problem.message}` }
  return { value: doc.toJS({ maxAliasCount: 100 }) as unknown }
}

/** `set <file|-> <path> <yaml-value>`: prints the document with that one value set, comments and layout kept. */
export const command: CliCommand = (args, io) => {
  if (args.length !== 3) return failCommand(io, 'set', `expected 3 arguments, got ${args.length}\n${usage}`)
  const [file = '', pathText = '', valueText = ''] = args
  const path = parsePath(pathText)
  if (!path) return failCommand(io, 'set', `"${pathText}" is not a field path (like spec.analysis.metrics[0].interval)`)
  const value = readValue(valueText)
  if ('error' in value) return failCommand(io, 'set', value.error)
  return printEdited(io, 'set', file, pathText, { kind: 'set', path, value: value.value })
}
