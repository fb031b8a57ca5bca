import type { Canary } from '../catalog/canary-fields.ts'
import type { StringMatch } from '../generate/istio-types.ts'
import { canaryNamespace, findGateway, formatGatewayKey, resolveGatewayRef } from '../gateway/gateway-ref.ts'
import type { IstioGateway } from '../gateway/istio-gateway.ts'
import { apexName } from '../model/effective.ts'
import { setCookieOf } from './destinations.ts'
import { compileRe2 } from './re2.ts'
import { generatedVirtualService } from './trace-request.ts'
import type { TraceRequest } from './trace-request-types.ts'

/** A ready-made request for the "Try a request" panel, built from the document. */
export interface RequestPreset {
  readonly id: 'internet' | 'mesh' | 'ab-header' | 'ab-cookie' | 'affinity-cookie'
  readonly label: string
  readonly request: TraceRequest
}

/** A concrete host for a pattern: `*.example.com` → `www.example.com`; `*` has none. */
function concreteHost(pattern: string): string | undefined {
  if (pattern === '*') return undefined
  return pattern.startsWith('*.') ? `www${pattern.slice(1)}` : pattern
}

function internetRequest(canary: Canary, gateways: readonly IstioGateway[]): TraceRequest | undefined {
  const namespace = canaryNamespace(canary)
  const key = (canary.spec?.service?.gateways ?? [])
    .map((g) => resolveGatewayRef(g, namespace))
    .find((k) => k.kind === 'gateway')
  if (!key) return undefined
  const doc = findGateway(gateways, key, namespace)
  const server = doc?.servers.find((s) => s.port.protocol === 'HTTP') ?? doc?.servers[0]
  const serverHost = server?.hosts.map((h) => concreteHost(h.slice(h.indexOf('/') + 1))).find((h) => h !== undefined)
  const host =
    (canary.spec?.service?.hosts ?? []).map(concreteHost).find((h) => h !== undefined) ??
    serverHost ??
    `${apexName(canary)}.${namespace}.svc.cluster.local`
  const https = server?.port.protocol === 'HTTPS'
  return {
    entry: formatGatewayKey(key),
    host,
    port: server?.port.number ?? 80,
    scheme: https ? 'https' : 'http',
    method: 'GET',
    path: '/',
  }
}

/** A value that satisfies a StringMatch, or undefined when we cannot find one honestly. */
export function sampleValue(m: StringMatch): string | undefined {
  if (m.exact !== undefined) return m.exact
  if (m.prefix !== undefined) return m.prefix
  if (m.regex === undefined) return 'present'
  const compiled = compileRe2(m.regex)
  if (!compiled.ok) return undefined
  const pair = /([A-Za-z0-9_-]+=[A-Za-z0-9_.-]+)/.exec(m.regex)?.[1]
  const stripped = m.regex
    .replace(/^\^|\$$/g, '')
    .replace(/\.\*/g, '')
    .replace(/\\(.)/g, '$1')
  return [pair, stripped, ''].find((c) => c !== undefined && compiled.regex.test(c))
}

function abPresets(canary: Canary, base: TraceRequest): RequestPreset[] {
  const out: RequestPreset[] = []
  for (const match of canary.spec?.analysis?.match ?? []) {
    for (const [name, m] of Object.entries(match.headers ?? {})) {
      const value = sampleValue(m)
      if (value === undefined) continue
      if (name.toLowerCase() === 'cookie' && !out.some((p) => p.id === 'ab-cookie')) {
        const [k = '', v = ''] = value.split('=')
        out.push({ id: 'ab-cookie', label: `With the A/B cookie ${value}`, request: { ...base, cookies: { [k]: v } } })
      } else if (name.toLowerCase() !== 'cookie' && !out.some((p) => p.id === 'ab-header')) {
        out.push({
          id: 'ab-header',
          label: `With the A/B header ${name}: ${value}`,
          request: { ...base, headers: { [name]: value } },
        })
      }
    }
  }
  return out
}

function affinityPreset(canary: Canary, base: TraceRequest): RequestPreset | undefined {
  if (!canary.spec?.analysis?.sessionAffinity?.cookieName) return undefined
  // The cookie a first visit gets when it lands on the canary, from the VirtualService Flagger writes mid-run.
  const vs = generatedVirtualService(canary, {
    primaryWeight: 90,
    canaryWeight: 10,
    mirrored: false,
    hasPreviousAffinityCookie: false,
  })
  const cookie = vs?.spec.http?.flatMap((r) => r.route.map((d) => setCookieOf(d.headers))).find((c) => c !== null)
  const pair = cookie?.split(';')[0]
  if (!pair) return undefined
  const eq = pair.indexOf('=')
  return {
    id: 'affinity-cookie',
    label: `Returning with the affinity cookie ${pair}`,
    request: { ...base, cookies: { [pair.slice(0, eq)]: pair.slice(eq + 1) } },
  }
}

/** The preset requests for this Canary: from the internet, from another pod, with the A/B header or cookie, returning with the affinity cookie. */
export function requestPresets(canary: Canary, gateways: readonly IstioGateway[]): RequestPreset[] {
  const namespace = canaryNamespace(canary)
  const internet = internetRequest(canary, gateways)
  const mesh: TraceRequest = {
    entry: 'mesh',
    host: apexName(canary),
    port: canary.spec?.service?.port ?? 80,
    method: 'GET',
    path: '/',
    sourceNamespace: namespace,
  }
  const base = internet ?? mesh
  const presets: RequestPreset[] = []
  if (internet)
    presets.push({ id: 'internet', label: `From the internet through ${internet.entry}`, request: internet })
  presets.push({ id: 'mesh', label: `From another pod in ${namespace}`, request: mesh })
  presets.push(...abPresets(canary, base))
  const affinity = affinityPreset(canary, base)
  if (affinity) presets.push(affinity)
  return presets
}
