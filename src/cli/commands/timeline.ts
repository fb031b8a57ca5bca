import { simulateAnalysis } from '../../core/simulate/scheduler.ts'
import { summarizeTimeline } from '../../core/simulate/summary.ts'
import type { Timeline, WhatIf } from '../../core/simulate/types.ts'
import { parseFailFromTick } from '../../core/simulate/what-if.ts'
import { formatDuration } from '../../core/text/go-duration.ts'
import type { CliCommand } from '../cli-io.ts'
import { haltRejected, readCanaryInput } from '../read-canary-input.ts'

const usage = 'usage: npm run --silent cli -- timeline <file|-> [--fail-from K] [--format text|json]'

interface TimelineArgs {
  readonly input: string
  readonly failFromTick: number | undefined
  readonly format: 'text' | 'json'
}

function parseArgs(args: readonly string[]): TimelineArgs | string {
  const positional: string[] = []
  let failFromTick: number | undefined
  let format: 'text' | 'json' = 'text'
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    if (flag === '--fail-from' || flag === '--format') {
      const value = inline ?? args[++i]
      if (value === undefined) return `${flag} needs a value`
      if (flag === '--format') {
        if (value !== 'text' && value !== 'json') return `--format must be text or json, not "${value}"`
        format = value
      } else {
        const tick = parseFailFromTick(value)
        if (typeof tick === 'string') return `--fail-from ${tick}`
        failFromTick = tick
      }
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else positional.push(arg)
  }
  if (positional.length !== 1)
    return positional.length === 0 ? 'missing <file|->' : `expected one file, got ${positional.length}`
  return { input: positional[0] ?? '-', failFromTick, format }
}

/** The JSON shape of the timeline command, field for field. */
export function timelineJson(timeline: Timeline): object {
  return {
    strategy: timeline.strategy,
    mirror: timeline.mirror,
    sessionAffinity: timeline.sessionAffinity,
    intervalSeconds: timeline.intervalSeconds,
    ticks: timeline.ticks.map((t) => ({
      tick: t.tick,
      atSeconds: t.atSeconds,
      phase: t.phase,
      hooks: [...t.hooks],
      analysis: t.analysis,
      primaryWeight: t.primaryWeight,
      canaryWeight: t.canaryWeight,
      mirrored: t.mirrored,
      failedChecks: t.failedChecks,
      iterations: t.iterations,
    })),
    outcome: timeline.outcome,
    promotedAtSeconds: timeline.promotedAtSeconds,
    finishedAtSeconds: timeline.finishedAtSeconds,
  }
}

/** The timeline as an aligned table, one row per tick. */
export function timelineTable(timeline: Timeline): string {
  const header = [
    'tick',
    'time',
    'phase',
    'primary/canary',
    'mirrored',
    'analysis',
    'failedChecks',
    'iterations',
    'hooks',
  ]
  const body = timeline.ticks.map((t) => [
    `T${t.tick}`,
    formatDuration(t.atSeconds),
    t.phase,
    `${t.primaryWeight}/${t.canaryWeight}`,
    t.mirrored ? 'yes' : '',
    t.analysis ? (t.failed ? 'failed' : 'passed') : t.failed ? 'pre-rollout failed' : '',
    String(t.failedChecks),
    String(t.iterations),
    t.hooks.join(', '),
  ])
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => (row[c] ?? '').length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(header), ...body.map(line)].join('\n')
}

/** `timeline <file|-> [--fail-from K] [--format text|json]`: simulates Flagger's analysis of the Canary. */
export const command: CliCommand = (args, io) => {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    io.stderr(`timeline: ${parsed}\n${usage}\n`)
    return 2
  }
  const input = readCanaryInput(io, parsed.input)
  if (!input.ok) {
    io.stderr(`timeline: ${input.message}\n`)
    return 2
  }
  for (const warning of input.warnings) io.stderr(`timeline: ${warning}\n`)
  const whatIf: WhatIf = parsed.failFromTick === undefined ? {} : { failFromTick: parsed.failFromTick }
  const timeline = simulateAnalysis(input.canary, whatIf)
  if (parsed.format === 'json') {
    // The JSON shape is fixed; a run cut by the simulation's bounds says so on stderr.
    if (timeline.truncated) io.stderr(`timeline: note: the run was cut short: ${timeline.haltReason ?? ''}\n`)
    io.stdout(`${JSON.stringify(timelineJson(timeline), null, 2)}\n`)
    return input.rejection === undefined ? 0 : haltRejected(io, 'timeline', input.rejection)
  }
  const heading = parsed.failFromTick === undefined ? '' : `What-if: every check (pre-rollout hooks, rollout hooks, metrics) fails from tick ${parsed.failFromTick} on.\n\n`
  io.stdout(`${heading}${timelineTable(timeline)}\n\n${summarizeTimeline(input.canary, timeline)}\n`)
  return input.rejection === undefined ? 0 : haltRejected(io, 'timeline', input.rejection)
}
