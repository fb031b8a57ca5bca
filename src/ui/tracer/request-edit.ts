import type { Canary } from '../../core/catalog/canary-fields.ts'
import { canaryNamespace, findGateway, formatGatewayKey, resolveGatewayRef } from '../../core/gateway/gateway-ref.ts'
import type { IstioGateway } from '../../core/gateway/istio-gateway.ts'
import { publicGatewayTemplate } from '../../core/gateway/public-gateway-template.ts'
import type { TraceRequest } from '../../core/route/trace-request-types.ts'

// Pure helpers behind the "Try a request" panel: the entries to offer, edits of header/cookie rows, and the
// Gateway document the "Add Gateway" action appends.

/** The entries a request can take: the Canary's gateways as `namespace/name`, then `mesh`, plus the current one if it is neither. */
export function entryOptions(canary: Canary | undefined, current: string | undefined): string[] {
  const namespace = canary ? canaryNamespace(canary) : 'default'
  const listed = (canary?.spec?.service?.gateways ?? []).map((g) => formatGatewayKey(resolveGatewayRef(g, namespace)))
  const options = [...new Set([...listed.filter((g) => g !== 'mesh'), 'mesh'])]
  if (current !== undefined && current !== '' && !options.includes(current)) options.push(current)
  return options
}

/** Header or cookie rows as [name, value] pairs, in the order written. */
export type Rows = readonly (readonly [string, string])[]

export const rowsOf = (map: Readonly<Record<string, string>> | undefined): Rows => Object.entries(map ?? {})

/** Rows back to a map; a later row with the same name wins, as the last header of a name does in our tracer. */
export const mapOf = (rows: Rows): Record<string, string> => Object.fromEntries(rows)

/** Renames or re-values row `index`; a rename onto another row's name is refused (the map would lose a row). */
export function editRow(rows: Rows, index: number, name: string, value: string): Rows | undefined {
  if (rows.some(([n], i) => i !== index && n === name)) return undefined
  return rows.map((row, i) => (i === index ? ([name, value] as const) : row))
}

/** Adds an empty row unless one is already waiting for a name. */
export function addRow(rows: Rows): Rows {
  return rows.some(([n]) => n === '') ? rows : [...rows, ['', '']]
}

export const removeRow = (rows: Rows, index: number): Rows => rows.filter((_, i) => i !== index)

/** A copy of the request with `patch` applied; empty maps and unset optional fields are dropped. */
export function patchRequest(request: TraceRequest, patch: Partial<TraceRequest>): TraceRequest {
  const next: Record<string, unknown> = { ...request, ...patch }
  for (const key of ['headers', 'cookies', 'queryParams', 'sourceLabels'] as const) {
    const map = next[key] as Record<string, string> | undefined
    if (map !== undefined && Object.keys(map).length === 0) delete next[key]
  }
  for (const [key, value] of Object.entries(next)) if (value === undefined) delete next[key]
  return next as unknown as TraceRequest
}

/** The Gateway the "Add Gateway" action would write: the first referenced one missing from the file, else public-gateway. */
export function gatewayToAdd(canary: Canary | undefined, gateways: readonly IstioGateway[]): { namespace: string; name: string } | undefined {
  const namespace = canary ? canaryNamespace(canary) : 'default'
  for (const ref of canary?.spec?.service?.gateways ?? []) {
    const key = resolveGatewayRef(ref, namespace)
    if (key.kind === 'gateway' && !findGateway(gateways, key, namespace)) return { namespace: key.namespace, name: key.name }
  }
  const fallback = { kind: 'gateway' as const, namespace: 'istio-system', name: 'public-gateway' }
  return findGateway(gateways, fallback, namespace) ? undefined : { namespace: fallback.namespace, name: fallback.name }
}

/** The public-gateway template named `namespace/name`, appended to `text` as a new `---` document; `text` is kept byte for byte. */
export function appendGatewayDocument(text: string, target: { namespace: string; name: string }): string {
  const doc = publicGatewayTemplate
    .replace(/^( {2}name: )public-gateway$/m, `$1${target.name}`)
    .replace(/^( {2}namespace: )istio-system$/m, `$1${target.namespace}`)
    .replace('service.gateways: [istio-system/public-gateway]', `service.gateways: [${target.namespace}/${target.name}]`)
  const separator = text === '' ? '' : text.endsWith('\n') ? '---\n' : '\n---\n'
  return `${text}${separator}${doc}`
}
