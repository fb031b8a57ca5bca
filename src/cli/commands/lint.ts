import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml'
import { canarySpecNode } from '../../core/catalog/canary-fields.ts'
import type { ProviderName } from '../../core/catalog/dsl.ts'
import type { Diagnostic, FieldPath } from '../../core/diagnostic.ts'
import { formatPath } from '../../core/diagnostic.ts'
import { validateRawCanary } from '../../core/validate/validate-canary.ts'
import type { CliCommand, CliIo } from '../cli-io.ts'

// `lint <file|-> [--format json|text] [--mesh-provider <name>]`: exit 0 without errors, 1 with errors, 2 when the
// input cannot be read or parsed or holds no Canary. Paths are located with yaml's own node ranges until
// core/document's rangeOf is available on main.

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

/** The node at `path`, or the deepest existing ancestor; map keys resolve to the key node so it points at `key:`. */
function locate(doc: Document, path: FieldPath): Node | undefined {
  let node: unknown = doc.contents
  let found: Node | undefined = doc.contents ?? undefined
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part))
      if (!pair) break
      found = isScalar(pair.key) ? pair.key : found
      node = pair.value
    } else if (isSeq(node) && typeof part === 'number') {
      const item: unknown = node.items[part]
      if (!item || typeof item !== 'object') break
      found = item as Node
      node = item
    } else break
  }
  return found
}

function position(doc: Document, lines: LineCounter, path: FieldPath | undefined): { line: number; column: number } {
  const node = locate(doc, path ?? [])
  const offset = node?.range?.[0] ?? doc.range?.[0] ?? 0
  const { line, col } = lines.linePos(offset)
  return { line, column: col }
}

function pickCanary(docs: Document[]): Document | undefined {
  return docs.find((d) => {
    const js: unknown = d.toJS()
    return typeof js === 'object' && js !== null && (js as Record<string, unknown>).kind === 'Canary'
  })
}

function report(io: CliIo, options: Options, rows: { d: Diagnostic; line: number; column: number }[]): void {
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
  const lines = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false })
  const all = Array.isArray(docs) ? docs : []
  const broken = all.flatMap((d) => d.errors)
  if (broken[0]) {
    const { line, col } = lines.linePos(broken[0].pos[0])
    io.stderr(`lint: ${options.file}:${line}:${col}: YAML syntax error: ${broken[0].message}\n`)
    return 2
  }
  const doc = pickCanary(all)
  if (!doc) {
    io.stderr(`lint: ${options.file}: no document with kind: Canary\n`)
    return 2
  }
  const diagnostics = validateRawCanary(doc.toJS(), options.meshProvider)
  report(
    io,
    options,
    diagnostics.map((d) => ({ d, ...position(doc, lines, d.path) })),
  )
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}
