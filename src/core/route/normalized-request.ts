import type { GatewayKey } from '../gateway/gateway-ref.ts'
import { resolveGatewayRef } from '../gateway/gateway-ref.ts'
import type { TraceRequest } from './trace-request-types.ts'

/** A TraceRequest with defaults filled in and the parts Envoy matches on split out. */
export interface NormalizedRequest {
  readonly entry: GatewayKey
  /** Host without port, lower case (DNS names compare case-insensitively). */
  readonly host: string
  /** :authority as sent (Host header, port included when given). */
  readonly authority: string
  readonly port: number
  readonly scheme: 'http' | 'https'
  readonly method: string
  /** :path without the query string (exact and regex URI matches use it). */
  readonly path: string
  /** :path with the query string (prefix URI matches use it, as Envoy's prefix rule does). */
  readonly pathWithQuery: string
  /** Header values by lower-cased name; `cookie` holds the Cookie header built from `cookies`. */
  readonly headers: ReadonlyMap<string, string>
  readonly queryParams: ReadonlyMap<string, string>
  readonly sourceNamespace: string
  readonly sourceLabels: Readonly<Record<string, string>>
}

function parseQuery(query: string, into: Map<string, string>): void {
  for (const part of query.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '))
      } catch {
        return s
      }
    }
    const key = decode(eq < 0 ? part : part.slice(0, eq))
    // Envoy's query_parameters matcher looks at the first occurrence of a key.
    if (!into.has(key)) into.set(key, eq < 0 ? '' : decode(part.slice(eq + 1)))
  }
}

function splitHost(host: string): { name: string; port: number | undefined } {
  const m = /^(.*):(\d+)$/.exec(host.trim())
  if (m) return { name: (m[1] ?? '').toLowerCase(), port: Number(m[2]) }
  return { name: host.trim().toLowerCase(), port: undefined }
}

/** Fills in a request's defaults: GET, `/`, port 80/443 at a gateway or the Service port in the mesh. */
export function normalizeRequest(
  request: TraceRequest,
  canaryNamespace: string,
  servicePort: number,
): NormalizedRequest {
  const entry = resolveGatewayRef(request.entry || 'mesh', canaryNamespace)
  const { name, port: hostPort } = splitHost(request.host)
  const scheme = request.scheme ?? (request.port === 443 ? 'https' : 'http')
  const defaultPort = entry.kind === 'mesh' ? servicePort : scheme === 'https' ? 443 : 80
  const rawPath = request.path && request.path !== '' ? request.path : '/'
  const pathWithQuery = rawPath.startsWith('/') ? rawPath : `/${rawPath}`
  const q = pathWithQuery.indexOf('?')
  const queryParams = new Map<string, string>()
  if (q >= 0) parseQuery(pathWithQuery.slice(q + 1), queryParams)
  for (const [k, v] of Object.entries(request.queryParams ?? {})) if (!queryParams.has(k)) queryParams.set(k, v)
  const headers = new Map<string, string>()
  for (const [k, v] of Object.entries(request.headers ?? {})) headers.set(k.toLowerCase(), v)
  const cookiePairs = Object.entries(request.cookies ?? {}).map(([k, v]) => `${k}=${v}`)
  if (cookiePairs.length > 0) {
    const existing = headers.get('cookie')
    headers.set('cookie', [existing, ...cookiePairs].filter((s) => s !== undefined && s !== '').join('; '))
  }
  return {
    entry,
    host: name,
    authority: request.host.trim(),
    port: request.port ?? hostPort ?? defaultPort,
    scheme,
    method: (request.method || 'GET').toUpperCase(),
    path: q >= 0 ? pathWithQuery.slice(0, q) : pathWithQuery,
    pathWithQuery,
    headers,
    queryParams,
    sourceNamespace: request.sourceNamespace || canaryNamespace,
    sourceLabels: request.sourceLabels ?? {},
  }
}
