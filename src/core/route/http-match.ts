import type { HttpMatchRequest, StringMatch } from '../generate/istio-types.ts'
import { resolveGatewayRef, sameGateway, type GatewayKey } from '../gateway/gateway-ref.ts'
import type { NormalizedRequest } from './normalized-request.ts'
import { describeStringMatch, matchString, type MatchVerdict } from './string-match.ts'

// One Istio HTTPMatchRequest against a request (istio pilot networking/core route translateRouteMatch and
// sourceMatchHTTP): every field set in the block must hold (AND); the blocks of a route are OR'ed by the caller.

/** Who evaluates the route: the entry, the VirtualService namespace, and the proxy's own labels and namespace. */
export interface MatchContext {
  readonly entry: GatewayKey
  readonly vsNamespace: string
  /** Labels and namespace of the proxy that applies the route: the calling pod (mesh) or the gateway pod. */
  readonly proxyLabels: Readonly<Record<string, string>>
  readonly proxyNamespace: string
}

/** A match block's verdict: matched, or the first condition that failed, or an unusable regex. */
export type BlockVerdict =
  { readonly matched: true } | { readonly matched: false; readonly miss: string; readonly error?: string }

const ok: BlockVerdict = { matched: true }

function check(field: string, m: StringMatch, value: string | undefined, ignoreCase = false): BlockVerdict {
  const verdict: MatchVerdict = matchString(m, value, ignoreCase)
  if (verdict.error) return { matched: false, miss: verdict.error, error: verdict.error }
  if (verdict.matched) return ok
  const got = value === undefined ? 'it is absent' : `it is ${JSON.stringify(value)}`
  return { matched: false, miss: `${field} must be ${describeStringMatch(m)} but ${got}` }
}

function checkMap(
  kind: 'header' | 'query parameter',
  matches: Record<string, StringMatch>,
  values: ReadonlyMap<string, string>,
  lower: boolean,
): BlockVerdict {
  for (const [name, m] of Object.entries(matches)) {
    // Envoy compares header names case-insensitively; query parameter names are case-sensitive.
    const verdict = check(`${kind} ${name}`, m, values.get(lower ? name.toLowerCase() : name))
    if (!verdict.matched) return verdict
  }
  return ok
}

function checkWithoutHeaders(matches: Record<string, StringMatch>, headers: ReadonlyMap<string, string>): BlockVerdict {
  for (const [name, m] of Object.entries(matches)) {
    // withoutHeaders inverts the header matcher: it holds when the header is absent or does not match.
    const verdict = matchString(m, headers.get(name.toLowerCase()))
    if (verdict.error) return { matched: false, miss: verdict.error, error: verdict.error }
    if (verdict.matched)
      return { matched: false, miss: `header ${name} must not be ${describeStringMatch(m)}, and it is` }
  }
  return ok
}

function checkSource(block: HttpMatchRequest, ctx: MatchContext): BlockVerdict {
  if (block.gateways && block.gateways.length > 0) {
    // Per-match gateways replace the VirtualService's list for this block.
    const listed = block.gateways.some((g) => sameGateway(resolveGatewayRef(g, ctx.vsNamespace), ctx.entry))
    if (!listed) return { matched: false, miss: `the match applies only to gateways [${block.gateways.join(', ')}]` }
  }
  for (const [k, v] of Object.entries(block.sourceLabels ?? {}))
    if (ctx.proxyLabels[k] !== v) return { matched: false, miss: `the caller must carry the label ${k}=${v}` }
  if (block.sourceNamespace !== undefined && block.sourceNamespace !== ctx.proxyNamespace)
    return {
      matched: false,
      miss: `the caller must run in namespace ${block.sourceNamespace}, not ${ctx.proxyNamespace}`,
    }
  return ok
}

function checkUri(block: HttpMatchRequest, req: NormalizedRequest): BlockVerdict {
  const uri = block.uri
  if (!uri) return ok
  // Envoy: `prefix` looks at the whole :path, `path` (exact) and safe_regex at the path without its query.
  const value = uri.prefix !== undefined ? req.pathWithQuery : req.path
  return check('the path', uri, value, block.ignoreUriCase === true && uri.regex === undefined)
}

/** Evaluates one match block against a request. */
export function evaluateMatchBlock(block: HttpMatchRequest, req: NormalizedRequest, ctx: MatchContext): BlockVerdict {
  const steps: (() => BlockVerdict)[] = [
    () => checkSource(block, ctx),
    () =>
      block.port !== undefined && block.port !== req.port
        ? { matched: false, miss: `the port must be ${block.port}, not ${req.port}` }
        : ok,
    () => checkUri(block, req),
    () => (block.scheme ? check('the scheme', block.scheme, req.scheme) : ok),
    () => (block.method ? check('the method', block.method, req.method) : ok),
    () => (block.authority ? check('the authority', block.authority, req.authority) : ok),
    () => checkMap('header', block.headers ?? {}, req.headers, true),
    () => checkWithoutHeaders(block.withoutHeaders ?? {}, req.headers),
    () => checkMap('query parameter', block.queryParams ?? {}, req.queryParams, false),
  ]
  for (const step of steps) {
    const verdict = step()
    if (!verdict.matched) return verdict
  }
  return ok
}

/** Evaluates a route's match list: no list matches everything, otherwise the first block that holds wins. */
export function evaluateMatchList(
  blocks: readonly HttpMatchRequest[] | undefined,
  req: NormalizedRequest,
  ctx: MatchContext,
): { matched: true; matchIndex: number | null } | { matched: false; miss: string; error?: string } {
  if (!blocks || blocks.length === 0) return { matched: true, matchIndex: null }
  const misses: string[] = []
  for (const [i, block] of blocks.entries()) {
    const verdict = evaluateMatchBlock(block, req, ctx)
    if (verdict.matched) return { matched: true, matchIndex: i }
    if (verdict.error) return { matched: false, miss: verdict.miss, error: verdict.error }
    misses.push(verdict.miss)
  }
  return { matched: false, miss: [...new Set(misses)].join('; or ') }
}
