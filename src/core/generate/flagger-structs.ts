import type { CanaryMatch, CanaryService, ServiceMatch } from '../catalog/canary-fields.ts'
import type { HeaderOperations, Headers, HttpMatchRequest, StringMatch } from './istio-types.ts'

// Flagger decodes the Canary's Istio fields into its own Go structs (pkg/apis/istio/v1beta1/virtual_service.go,
// destination_rule.go) and encodes them again with encoding/json. So what reaches Istio has the structs' key
// order, loses zero values of `omitempty` fields, keeps fields without `omitempty` even when unset, drops keys the
// structs do not know, and writes every Go map with its keys sorted. These helpers reproduce that round trip.

type Json = Record<string, unknown>

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A Go map as encoding/json writes it: keys in byte order; undefined when empty (`omitempty`). */
export function goMap<V, W = V>(map: Record<string, V> | undefined, each?: (v: V) => W): Record<string, W> | undefined {
  if (!map) return undefined
  const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (keys.length === 0) return undefined
  const out: Record<string, W> = {}
  for (const k of keys) out[k] = each ? each(map[k] as V) : (map[k] as unknown as W)
  return out
}

/** Drops the keys whose value is undefined, keeping the order the object literal gave. */
export function compact<T extends Json>(obj: T): T {
  const out: Json = {}
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v
  return out as T
}

const nonEmpty = (s: string | undefined): string | undefined => (s === undefined || s === '' ? undefined : s)
const nonEmptyList = <T>(l: readonly T[] | undefined): T[] | undefined => (l && l.length > 0 ? [...l] : undefined)
const nonZero = (n: number | undefined): number | undefined => (n === undefined || n === 0 ? undefined : n)
const trueOnly = (b: boolean | undefined): true | undefined => (b === true ? true : undefined)

/** v1alpha1.StringMatch: exact, prefix, suffix, regex, each omitted when empty. */
export function stringMatch(m: { exact?: string; prefix?: string; suffix?: string; regex?: string }): StringMatch {
  return compact({ exact: nonEmpty(m.exact), prefix: nonEmpty(m.prefix), suffix: nonEmpty(m.suffix), regex: nonEmpty(m.regex) })
}

const matchMap = (m: Record<string, { exact?: string; prefix?: string; suffix?: string; regex?: string }> | undefined) =>
  goMap(m, stringMatch)

/** HTTPMatchRequest in struct order; pointer fields (uri, method…) stay even when empty, maps and zeros go. */
export function httpMatchRequest(m: ServiceMatch | CanaryMatch): HttpMatchRequest {
  const s = m as ServiceMatch
  return compact({
    name: nonEmpty(s.name),
    uri: s.uri && stringMatch(s.uri),
    scheme: s.scheme && stringMatch(s.scheme),
    method: s.method && stringMatch(s.method),
    authority: s.authority && stringMatch(s.authority),
    headers: matchMap(m.headers),
    port: nonZero(s.port),
    sourceLabels: goMap(m.sourceLabels),
    gateways: nonEmptyList(s.gateways),
    queryParams: matchMap(m.queryParams),
    ignoreUriCase: trueOnly(s.ignoreUriCase),
    withoutHeaders: matchMap(s.withoutHeaders),
    sourceNamespace: nonEmpty(s.sourceNamespace),
  })
}

function headerOperations(ops: NonNullable<NonNullable<CanaryService['headers']>['request']>): HeaderOperations {
  return compact({ set: goMap(ops.set), add: goMap(ops.add), remove: nonEmptyList(ops.remove) })
}

/** Headers{request, response}: a present but empty side is kept as `{}` (a non-nil pointer). */
export function headers(h: NonNullable<CanaryService['headers']>): Headers {
  return compact({
    request: h.request && headerOperations(h.request),
    response: h.response && headerOperations(h.response),
  })
}

/** HTTPRetry: `attempts` has no omitempty, so it is written as 0 when the Canary leaves it out. */
export function retries(r: NonNullable<CanaryService['retries']>): { attempts: number; perTryTimeout?: string; retryOn?: string } {
  return compact({ attempts: r.attempts ?? 0, perTryTimeout: nonEmpty(r.perTryTimeout), retryOn: nonEmpty(r.retryOn) })
}

/** CanaryService.GetIstioRewrite: {uri, authority}; `type` is dropped for Istio. */
export function rewrite(r: NonNullable<CanaryService['rewrite']>): { uri?: string; authority?: string } {
  return compact({ uri: nonEmpty(r.uri), authority: nonEmpty(r.authority) })
}

/** CorsPolicy in struct order; `allowCredentials: false` vanishes (omitempty on a plain bool). */
export function corsPolicy(c: NonNullable<CanaryService['corsPolicy']>): Json {
  return compact({
    allowOrigin: nonEmptyList(c.allowOrigin),
    allowOrigins: nonEmptyList(c.allowOrigins?.map(stringMatch)),
    allowMethods: nonEmptyList(c.allowMethods),
    allowHeaders: nonEmptyList(c.allowHeaders),
    exposeHeaders: nonEmptyList(c.exposeHeaders),
    maxAge: nonEmpty(c.maxAge),
    allowCredentials: trueOnly(c.allowCredentials),
  })
}

/** Deep copy of plain JSON data, so generated objects never share structure with the Canary or each other. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneJson(v)) as T
  if (isRecord(value)) {
    const out: Json = {}
    for (const [k, v] of Object.entries(value)) out[k] = cloneJson(v)
    return out as T
  }
  return value
}
