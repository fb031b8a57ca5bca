import { readIstioGateways } from '../../core/gateway/istio-gateway.ts'
import { traceRequest } from '../../core/route/trace-request.ts'
import type { RouteDecision, TraceRequest } from '../../core/route/trace-request-types.ts'
import { firstTrafficTick, routingAt } from '../../core/simulate/routing-at.ts'
import { simulateAnalysis } from '../../core/simulate/scheduler.ts'
import type { CliCommand } from '../cli-io.ts'
import { haltRejected, readCanaryInput } from '../read-canary-input.ts'

const usage = 'usage: route <file|-> --host H [--via mesh|<ns>/<name>] [--port N] [--method M] [--path P] [--header k=v]... [--cookie k=v]... [--tick N] [--format json]'

interface RouteArgs {
  readonly file: string
  readonly request: TraceRequest
  readonly tick: number | undefined
  readonly json: boolean
}

const valued = new Set(['--host', '--via', '--port', '--method', '--path', '--header', '--cookie', '--tick', '--format'])

function pair(flag: string, value: string): [string, string] | string {
  const eq = value.indexOf('=')
  if (eq <= 0) return `${flag} needs key=value, got "${value}"`
  return [value.slice(0, eq), value.slice(eq + 1)]
}

function wholeNumber(flag: string, value: string, min: number, max: number): number | string {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) return `${flag} must be a whole number from ${min} to ${max}, got "${value}"`
  return n
}

interface CollectedArgs {
  readonly files: string[]
  readonly flags: Map<string, string>
  readonly headers: Record<string, string>
  readonly cookies: Record<string, string>
}

function collectArgs(args: readonly string[]): CollectedArgs | string {
  const collected: CollectedArgs = { files: [], flags: new Map(), headers: {}, cookies: {} }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (!valued.has(arg)) {
      if (arg.startsWith('--')) return `unknown option ${arg}`
      collected.files.push(arg)
      continue
    }
    const value = args[++i]
    if (value === undefined) return `${arg} needs a value`
    if (arg === '--header' || arg === '--cookie') {
      const kv = pair(arg, value)
      if (typeof kv === 'string') return kv
      ;(arg === '--header' ? collected.headers : collected.cookies)[kv[0]] = kv[1]
    } else collected.flags.set(arg, value)
  }
  return collected
}

/** Parses the route command's arguments, or says what is wrong with them. */
export function parseRouteArgs(args: readonly string[]): RouteArgs | string {
  const collected = collectArgs(args)
  if (typeof collected === 'string') return collected
  const { files, flags, headers, cookies } = collected
  if (files.length !== 1) return files.length === 0 ? 'give one file, or - for standard input' : `give one file, not ${files.length}`
  const host = flags.get('--host')
  if (!host) return '--host is required'
  const format = flags.get('--format') ?? 'text'
  if (format !== 'json' && format !== 'text') return `--format must be json or text, got "${format}"`
  const port = flags.has('--port') ? wholeNumber('--port', flags.get('--port') ?? '', 1, 65535) : undefined
  if (typeof port === 'string') return port
  const tick = flags.has('--tick') ? wholeNumber('--tick', flags.get('--tick') ?? '', 0, Number.MAX_SAFE_INTEGER) : undefined
  if (typeof tick === 'string') return tick
  const via = flags.get('--via') ?? 'mesh'
  // A bare Gateway name means the Canary's namespace, as in service.gateways.
  if (via !== 'mesh' && !/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/.test(via)) return `--via must be mesh, <namespace>/<name> or a Gateway name, got "${via}"`
  const method = flags.get('--method')
  const path = flags.get('--path')
  const request: TraceRequest = {
    entry: via,
    host,
    ...(port === undefined ? {} : { port }),
    ...(method === undefined ? {} : { method }),
    ...(path === undefined ? {} : { path }),
    headers,
    cookies,
  }
  return { file: files[0] ?? '-', request, tick, json: format === 'json' }
}

function formatText(d: RouteDecision, tick: number, weights: string): string {
  const lines = [`tick ${tick} (${weights}), via ${d.via}: ${d.admitted ? 'served' : d.status === null ? 'not served' : `rejected (${d.status})`}`]
  if (d.router !== null) lines.push(`${d.router.kind} ${d.router.name} (${d.router.apiVersion})${d.routeIndex === null ? '' : `, route ${d.routeIndex}`}`)
  if (d.virtualService !== null) lines.push(`VirtualService ${d.virtualService}${d.routeIndex === null ? '' : `, ${d.routeKind ?? 'http'} route ${d.routeIndex}`}`)
  // Session affinity at a split tick: each destination sets its own cookie (istio.go getSessionAffinityRouteRules).
  for (const w of d.workloads) {
    lines.push(`  ${String(Math.round(w.percent * 100) / 100).padStart(6)} %  ${w.name}  (Service ${w.service})`)
    if (w.setCookie) lines.push(`           Set-Cookie when ${w.name} answers: ${w.setCookie}`)
  }
  if (d.mirror) lines.push(`mirror: ${d.mirror.percent} % copied to ${d.mirror.name} (Service ${d.mirror.service})`)
  if (d.setCookie && !d.workloads.some((w) => w.setCookie)) lines.push(`Set-Cookie: ${d.setCookie}`)
  if (d.rewrite) lines.push(`rewrite: ${[d.rewrite.uri === undefined ? '' : `uri → ${d.rewrite.uri}`, d.rewrite.authority === undefined ? '' : `authority → ${d.rewrite.authority}`].filter(Boolean).join(', ')}`)
  if (d.retries) lines.push(`retries: ${d.retries.attempts}${d.retries.perTryTimeout ? ` × ${d.retries.perTryTimeout}` : ''} on ${d.retries.retryOn || 'nothing'}${d.retries.isIstioDefault ? " (Istio's default)" : ''}; timeout: ${d.timeout ?? 'none'}`)
  lines.push(d.explanation)
  return lines.join('\n') + '\n'
}

/** `route`: where a request goes at a tick of the simulated rollout. */
export const command: CliCommand = (args, io) => {
  const parsedArgs = parseRouteArgs(args)
  if (typeof parsedArgs === 'string') {
    io.stderr(`route: ${parsedArgs}\n${usage}\n`)
    return 2
  }
  const parsed = readCanaryInput(io, parsedArgs.file)
  if (!parsed.ok) {
    io.stderr(`route: ${parsed.message}\n`)
    return 2
  }
  for (const warning of parsed.warnings) io.stderr(`route: ${warning}\n`)
  if (parsed.rejection !== undefined) return haltRejected(io, 'route', parsed.rejection)
  const timeline = simulateAnalysis(parsed.canary)
  const tick = parsedArgs.tick ?? Math.max(0, firstTrafficTick(timeline))
  const routing = routingAt(timeline, tick)
  const decision = traceRequest({ canary: parsed.canary, gateways: readIstioGateways(parsed.parsed.documents), routing, request: parsedArgs.request })
  if (decision.unmodelledProvider !== null) {
    io.stderr(`route: ${decision.explanation}\n`)
    return 2
  }
  if (parsedArgs.json) {
    const { via, admitted, virtualService, router, routeIndex, setCookie, explanation } = decision
    const workloads = decision.workloads.map((w) => ({ name: w.name, percent: w.percent }))
    const mirror = decision.mirror ? { name: decision.mirror.name, percent: decision.mirror.percent } : null
    io.stdout(JSON.stringify({ via, admitted, virtualService, ...(router ? { router } : {}), routeIndex, workloads, mirror, setCookie, explanation }) + '\n')
  } else io.stdout(formatText(decision, tick, `primary ${routing.primaryWeight} / canary ${routing.canaryWeight}${routing.mirrored ? ', mirrored' : ''}`))
  return 0
}
