import { parseDocument } from '../../core/document/parse-document.ts'
import { findStrategyChoice, strategyChoices } from '../../core/strategy/strategy-choices.ts'
import { switchStrategy } from '../../core/strategy/switch-strategy.ts'
import type { CliCommand, CliIo } from '../cli-io.ts'

const ids = strategyChoices.map((c) => c.id)
const usage = `usage: npm run --silent cli -- strategy <file|-> <${ids.join('|')}>`

function fail(io: CliIo, message: string): number {
  io.stderr(`strategy: ${message}\n`)
  return 2
}

/** Where the first YAML syntax error is, as `file:line:column: message`, or undefined. */
function syntaxError(text: string, file: string): string | undefined {
  const first = parseDocument(text).diagnostics.find((d) => d.severity === 'error' && d.rule.startsWith('yaml'))
  if (!first) return undefined
  return `${first.range ? `${file}:${first.range.start.line}:${first.range.start.column}: ` : ''}${first.message}`
}

/**
 * `strategy <file|-> <strategy>`: prints the document switched to one of Flagger's five deployment strategies,
 * comments and layout kept; the list of changes goes to stderr.
 */
export const command: CliCommand = (args, io) => {
  if (args.length !== 2) return fail(io, `expected 2 arguments, got ${args.length}\n${usage}`)
  const [file = '', id = ''] = args
  const choice = findStrategyChoice(id)
  if (!choice) return fail(io, `unknown strategy "${id}" (one of: ${ids.join(', ')})\n${usage}`)
  let text: string
  try {
    text = io.readInput(file)
  } catch (err) {
    return fail(io, err instanceof Error ? err.message : String(err))
  }
  const syntax = syntaxError(text, file === '-' ? '<stdin>' : file)
  if (syntax) return fail(io, syntax)
  const result = switchStrategy(text, choice.id)
  if (!result.ok) return fail(io, result.message)
  const from = findStrategyChoice(result.from)?.title ?? result.from
  if (result.changes.length === 0) io.stderr(`strategy: already ${choice.title}; nothing changed\n`)
  else io.stderr(`strategy: ${from} → ${choice.title}\n${result.changes.map((c) => `  ${c.description}\n`).join('')}`)
  if (result.reformatted)
    io.stderr('strategy: note: part of the analysis is in flow style; that document was re-serialised\n')
  io.stdout(result.text)
  return 0
}
