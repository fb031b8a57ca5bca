import { canarySpecNode } from '../../core/catalog/canary-fields.ts'
import type { ProviderName } from '../../core/catalog/dsl.ts'
import type { Diagnostic } from '../../core/diagnostic.ts'
import { formatPath } from '../../core/diagnostic.ts'
import { parseDocument } from '../../core/document/parse-document.ts'
import { attachRanges } from '../../core/document/ranges.ts'
import { unprintableDiagnostics } from '../../core/document/unprintable-diagnostics.ts'
import { lintFile } from '../../core/validate/lint-file.ts'
import type { CliCommand, CliIo } from '../cli-io.ts'

// `lint <file|-> [--format json|text] [--mesh-provider <name>]`: exit 0 without errors, 1 with errors, 2 when the
// input cannot be read or parsed or holds no Canary. Ranges come from core/document (the nearest existing
// ancestor when the path is missing).

const usage = 'usage: npm run --silent cli -- lint <file|-> [--format json|text] [--mesh-provider <provider>]\n'
const providers: readonly string[] = canarySpecNode.fields.provider.enum ?? []

interface Options {
  readonly file: string
  readonly format: 'json' | 'text'
  readonly meshProvider?: ProviderName
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined
  let format: 'json' | 'text' = 'text'
  let meshProvider: ProviderName | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--format' || arg === '--mesh-provider') {
      const value = args[++i]
      if (value === undefined) return `${arg} needs a value`
      if (arg === '--format') {
        if (value !== 'json' && value !== 'text') return `--format must be json or text, not "${value}"`
        format = value
      } else {
        if (!providers.includes(value)) return `unknown provider "${value}" (one of: ${providers.join(', ')})`
        meshProvider = value as ProviderName
      }
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else if (file === undefined) file = arg
    else return `unexpected argument ${arg}`
  }
  if (file === undefined) return 'missing <file|->'
  return { file, format, ...(meshProvider ? { meshProvider } : {}) }
}

function print(io: CliIo, options: Options, rows: { d: Diagnostic; line: number; column: number }[]): void {
  if (options.format === 'json') {
    const diagnostics = rows.map(({ d, line, column }) => ({
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      path: formatPath(d.path ?? []),
      line,
      column,
    }))
    io.stdout(JSON.stringify({ diagnostics }, null, 2) + '\n')
    return
  }
  const name = options.file === '-' ? '<stdin>' : options.file
  for (const { d, line, column } of rows)
    io.stdout(`${name}:${line}:${column}: ${d.severity} [${d.rule}] ${d.message}\n`)
  const count = (s: Diagnostic['severity']) => rows.filter((r) => r.d.severity === s).length
  io.stdout(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info\n`)
}

/** `lint`: validates a Canary file (or stdin) and prints its diagnostics as text or JSON. */
export const command: CliCommand = (args, io) => {
  const options = parseArgs(args)
  if (typeof options === 'string') {
    io.stderr(`lint: ${options}\n${usage}`)
    return 2
  }
  let text: string
  try {
    text = io.readInput(options.file)
  } catch (err) {
    io.stderr(`lint: ${err instanceof Error ? err.message : String(err)}\n`)
    return 2
  }
  const parsed = parseDocument(text)
  const name = options.file === '-' ? '<stdin>' : options.file
  if (parsed.status !== 'ok' || !parsed.canary) {
    const problem = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0]
    const where = problem?.range ? `:${problem.range.start.line}:${problem.range.start.column}` : ''
    const what = parsed.status === 'invalid' ? 'YAML syntax error: ' : ''
    io.stderr(`lint: ${name}${where}: ${what}${problem?.message ?? 'no document with kind: Canary'}\n`)
    return 2
  }
  // The same checks as the app's Problems panel (core/analyze.ts): one function, one answer.
  const found = lintFile({
    parsed,
    canary: parsed.canary,
    ...(options.meshProvider ? { provider: options.meshProvider } : {}),
  })
  // The parser's own findings (YAML warnings, wrong types) come with ranges already; ours get them here.
  const diagnostics = [...parsed.diagnostics, ...unprintableDiagnostics(text), ...attachRanges(parsed, found)]
  const rows = diagnostics
    .map((d) => ({ d, line: d.range?.start.line ?? 1, column: d.range?.start.column ?? 1 }))
    .sort((a, b) => a.line - b.line || a.column - b.column)
  print(io, options, rows)
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}
