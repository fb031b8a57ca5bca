import type { Canary } from '../../core/catalog/canary-fields.ts'
import { planResources } from '../../core/generate/generate-resources.ts'
import { toYamlStream } from '../../core/generate/yaml-stream.ts'
import type { RoutingState } from '../../core/model/routing.ts'
import { firstTrafficTick, routingAt } from '../../core/simulate/routing-at.ts'
import { simulateAnalysis } from '../../core/simulate/scheduler.ts'
import type { CliCommand } from '../cli-io.ts'
import { describeDiagnostic, haltRejected, readCanaryInput } from '../read-canary-input.ts'

const usage = 'usage: npm run --silent cli -- generate <file|-> [--tick N]'

function parseArgs(args: readonly string[]): { input: string; tick: number | undefined } | string {
  const positional: string[] = []
  let tick: number | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    if (flag === '--tick') {
      const value = inline ?? args[++i]
      if (value === undefined) return '--tick needs a value'
      if (!/^\d+$/.test(value)) return `--tick must be a tick number (0, 1, 2 …), not "${value}"`
      tick = Number(value)
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else positional.push(arg)
  }
  if (positional.length !== 1)
    return positional.length === 0 ? 'missing <file|->' : `expected one file, got ${positional.length}`
  return { input: positional[0] ?? '-', tick }
}

/** The routing to generate at: tick N of the timeline, or by default the first tick the canary gets traffic. */
function chooseRouting(canary: Canary, tick: number | undefined): { routing: RoutingState; heading: string } | string {
  const timeline = simulateAnalysis(canary)
  const last = timeline.ticks.length - 1
  if (tick !== undefined && tick > last)
    return last < 0 ? 'the timeline has no ticks; leave out --tick' : `--tick ${tick} is past the last tick (T${last})`
  const chosen = tick ?? firstTrafficTick(timeline)
  const routing = routingAt(timeline, chosen)
  const weights = `primary ${routing.primaryWeight}%, canary ${routing.canaryWeight}%${routing.mirrored ? ', mirrored' : ''}`
  const when =
    chosen < 0 ? 'before any run (the canary never gets traffic in the simulated timeline)' : `after tick T${chosen}`
  return { routing, heading: `# What Flagger writes for Canary ${canary.metadata?.name ?? ''} ${when}: ${weights}.\n` }
}

/** `generate <file|-> [--tick N]`: the objects Flagger would write, as a YAML stream on stdout. */
export const command: CliCommand = (args, io) => {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    io.stderr(`generate: ${parsed}\n${usage}\n`)
    return 2
  }
  const input = readCanaryInput(io, parsed.input)
  if (!input.ok) {
    io.stderr(`generate: ${input.message}\n`)
    return 2
  }
  for (const warning of input.warnings) io.stderr(`generate: ${warning}\n`)
  if (input.rejection !== undefined) return haltRejected(io, 'generate', input.rejection)
  const choice = chooseRouting(input.canary, parsed.tick)
  if (typeof choice === 'string') {
    io.stderr(`generate: ${choice}\n${usage}\n`)
    return 2
  }
  const plan = planResources(input.canary, choice.routing, { documents: input.parsed.documents })
  for (const d of [...plan.diagnostics, ...plan.notes]) io.stderr(`generate: ${describeDiagnostic(d, parsed.input)}\n`)
  if (plan.objects.length > 0) io.stdout(choice.heading + toYamlStream(plan.objects))
  return plan.diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}
