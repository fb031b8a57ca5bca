import type { Canary } from '../../core/catalog/canary-fields.ts'
import { formatPath, type Diagnostic } from '../../core/diagnostic.ts'
import { parseDocument } from '../../core/document/parse-document.ts'
import { planResources } from '../../core/generate/generate-resources.ts'
import { toYamlStream } from '../../core/generate/yaml-stream.ts'
import type { RoutingState } from '../../core/model/routing.ts'
import { firstTrafficTick, routingAt } from '../../core/simulate/routing-at.ts'
import { simulateAnalysis } from '../../core/simulate/scheduler.ts'
import type { CliCommand, CliIo } from '../cli-io.ts'

const usage = 'usage: npm run --silent cli -- generate <file|-> [--tick N]'

function parseArgs(args: readonly string[]): { input: string; tick: number | undefined } | string {
  const positional: string[] = []
  let tick: number | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--tick') {
      const value = inline ?? args[++i]
      if (value === undefined) return '--tick needs a value'
      if (!/^\d+$/.test(value)) return `--tick must be a tick number (0, 1, 2 …), not "${value}"`
      tick = Number(value)
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else positional.push(arg)
  }
  if (positional.length !== 1) return positional.length === 0 ? 'missing <file|->' : `expected one file, got ${positional.length}`
  return { input: positional[0] ?? '-', tick }
}

/** The routing to generate at: tick N of the timeline, or by default the first tick the canary gets traffic. */
function chooseRouting(canary: Canary, tick: number | undefined): { routing: RoutingState; heading: string } | string {
  const timeline = simulateAnalysis(canary)
  const last = timeline.ticks.length - 1
  if (tick !== undefined && tick > last) return last < 0 ? 'the timeline has no ticks; leave out --tick' : `--tick ${tick} is past the last tick (T${last})`
  const chosen = tick ?? firstTrafficTick(timeline)
  const routing = routingAt(timeline, chosen)
  const weights = `primary ${routing.primaryWeight}%, canary ${routing.canaryWeight}%${routing.mirrored ? ', mirrored' : ''}`
  const when = chosen < 0 ? 'before any run (the canary never gets traffic in the simulated timeline)' : `after tick T${chosen}`
  return { routing, heading: `# What Flagger writes for Canary ${canary.metadata?.name ?? ''} ${when}: ${weights}.\n` }
}

const describe = (d: Diagnostic, file: string): string => {
  const at = d.range ? `${file}:${d.range.start.line}:${d.range.start.column}: ` : d.path ? `${formatPath(d.path)}: ` : ''
  return `${d.severity === 'info' ? 'note' : d.severity}: ${at}${d.message}`
}

/** The Canary of a file or stdin (core/document parseDocument), its warnings; or why it cannot be read. */
function readCanary(io: CliIo, file: string): { canary: Canary; warnings: string[] } | string {
  let text: string
  try {
    text = io.readInput(file)
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
  const parsed = parseDocument(text)
  if (parsed.status === 'empty') return `${file}: the file is empty`
  const blocking = parsed.diagnostics.find((d) => d.severity === 'error') ?? parsed.diagnostics[0]
  if (parsed.status !== 'ok' || !parsed.canary) return blocking ? describe(blocking, file) : `${file}: no Canary found`
  return { canary: parsed.canary, warnings: parsed.diagnostics.map((d) => describe(d, file)) }
}

/** `generate <file|-> [--tick N]`: the objects Flagger would write, as a YAML stream on stdout. */
export const command: CliCommand = (args, io) => {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    io.stderr(`generate: ${parsed}\n${usage}\n`)
    return 2
  }
  const input = readCanary(io, parsed.input)
  if (typeof input === 'string') {
    io.stderr(`generate: ${input}\n`)
    return 2
  }
  for (const warning of input.warnings) io.stderr(`generate: ${warning}\n`)
  const choice = chooseRouting(input.canary, parsed.tick)
  if (typeof choice === 'string') {
    io.stderr(`generate: ${choice}\n${usage}\n`)
    return 2
  }
  const plan = planResources(input.canary, choice.routing)
  for (const d of [...plan.diagnostics, ...plan.notes])
    io.stderr(`generate: ${describe(d, parsed.input)}\n`)
  if (plan.objects.length > 0) io.stdout(choice.heading + toYamlStream(plan.objects))
  return plan.diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}
