import { readMetricTemplates } from '../../core/metrics/metric-template.ts'
import { renderMetricQueries, type RenderedMetric } from '../../core/metrics/render-metric-queries.ts'
import type { CliCommand } from '../cli-io.ts'
import { haltRejected, readCanaryInput } from '../read-canary-input.ts'

const usage = 'usage: queries <file|-> [--format json]'

function parseArgs(args: readonly string[]): { file: string; json: boolean } | string {
  const files: string[] = []
  let format = 'text'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--format') {
      const value = args[++i]
      if (value !== 'json' && value !== 'text') return `--format must be json or text, got "${value ?? ''}"`
      format = value
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else files.push(arg)
  }
  if (files.length !== 1) return files.length === 0 ? 'give one file, or - for standard input' : `give one file, not ${files.length}`
  return { file: files[0] ?? '-', json: format === 'json' }
}

function formatText(m: RenderedMetric): string {
  const lines = [`${m.name} [${m.source}, ${m.provider}${m.isApproximate ? ', approximate' : ''}]`, `  check: ${m.check}`, `  interval: ${m.intervalMeaning}`]
  if (m.query !== null) lines.push(`  query: ${m.query.trim()}`)
  if (m.definedElsewhere !== undefined) lines.push(`  defined elsewhere: ${m.definedElsewhere}`)
  if (m.error !== null) lines.push(`  error: ${m.error}`)
  return lines.join('\n')
}

/** `queries`: the query each metric check runs, its bounds in words and the render errors Flagger would hit. */
export const command: CliCommand = (args, io) => {
  const parsedArgs = parseArgs(args)
  if (typeof parsedArgs === 'string') {
    io.stderr(`queries: ${parsedArgs}\n${usage}\n`)
    return 2
  }
  const parsed = readCanaryInput(io, parsedArgs.file)
  if (!parsed.ok) {
    io.stderr(`queries: ${parsed.message}\n`)
    return 2
  }
  for (const warning of parsed.warnings) io.stderr(`queries: ${warning}\n`)
  if (parsed.rejection !== undefined) return haltRejected(io, 'queries', parsed.rejection)
  const metrics = renderMetricQueries(parsed.canary, readMetricTemplates(parsed.parsed.documents))
  if (parsedArgs.json) {
    const out = metrics.map(({ name, provider, interval, query, min, max, error, definedElsewhere }) => ({
      ...{ name, provider, interval, query, min, max, error },
      definedElsewhere: definedElsewhere !== undefined,
    }))
    io.stdout(JSON.stringify({ metrics: out }) + '\n')
  } else io.stdout(metrics.length === 0 ? 'no analysis.metrics\n' : metrics.map(formatText).join('\n\n') + '\n')
  // Exit codes (README "Command line"): 0 when every check renders (a MetricTemplate defined elsewhere included),
  // 1 when a check would fail to render in Flagger or the API server rejects the Canary, 2 for bad arguments or
  // input that cannot be read, parsed or holds no Canary.
  return metrics.some((m) => m.error !== null && !m.isApproximate) ? 1 : 0
}
