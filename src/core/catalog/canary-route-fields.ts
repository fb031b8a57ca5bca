import { bool, int, list, map, obj, str } from './dsl.ts'

// Request matching and HTTP route settings under spec.service. Flagger copies them into every HTTP route of the
// generated VirtualService (flagger-semantics.md §b.2) or the Gateway API HTTPRoute. Structure, enums and
// patterns mirror the Canary CRD; providers follow §c.4.

const routeProviders = ['istio', 'gatewayapi:v1', 'gatewayapi:v1beta1'] as const
const matchProviders = [
  'istio',
  'gatewayapi:v1',
  'gatewayapi:v1beta1',
  'appmesh',
  'appmesh:v1beta2',
  'contour',
] as const

/** An Istio StringMatch: the CRD allows at most one of exact, prefix, regex (or, with `required`, exactly one). */
export function stringMatchNode(what: string, options: { required?: boolean } = {}) {
  return obj(
    {
      exact: str({ label: 'Exact', doc: `${what} equals this string.` }),
      prefix: str({ label: 'Prefix', doc: `${what} starts with this string.` }),
      regex: str({ label: 'Regex', doc: `${what} fully matches this RE2 regular expression.` }),
    },
    {
      oneOfRequired: [['exact'], ['prefix'], ['regex']],
      ...(options.required ? {} : { oneOfAllowsNone: true }),
      doc: `How ${what.toLowerCase()} is compared: set exactly one of \`exact\`, \`prefix\` or \`regex\`.`,
    },
  )
}

/** spec.service.match[]: Istio HTTPMatchRequest conditions copied verbatim into the VirtualService route. */
export const serviceMatchNode = obj(
  {
    authority: stringMatchNode('The authority (Host) header'),
    gateways: list(str(), {
      advanced: true,
      doc: 'Apply this condition only to traffic arriving through these gateways (Istio HTTPMatchRequest.gateways).',
    }),
    headers: map(stringMatchNode('The header value'), {
      doc: 'Header name → how its value must match. Replaced by `analysis.match` headers on the A/B route (§b.2).',
    }),
    ignoreUriCase: bool({ advanced: true, doc: 'Compare `uri` without regard to case.' }),
    method: stringMatchNode('The HTTP method'),
    name: str({ advanced: true, doc: 'A name for the condition; Istio adds it to access logs.' }),
    port: int({
      unit: 'port',
      advanced: true,
      doc: 'Match requests addressed to this port. For TCP services (`appProtocol: tcp`) only the port is kept.',
    }),
    queryParams: map(stringMatchNode('The query parameter'), { advanced: true, doc: 'Query parameter name → match.' }),
    scheme: stringMatchNode('The URI scheme'),
    sourceLabels: map(str(), {
      advanced: true,
      doc: 'Only requests from workloads with these labels match; needs the `mesh` gateway to have any effect.',
    }),
    sourceNamespace: str({ advanced: true, doc: 'Only requests from workloads in this namespace match.' }),
    uri: stringMatchNode('The request path'),
    withoutHeaders: map(stringMatchNode('The header value'), {
      advanced: true,
      doc: 'Header name → match that must NOT hold.',
    }),
  },
  {
    doc:
      'One match condition (all of its fields must hold). The conditions of the list are alternatives: a request ' +
      'that matches none of them is not routed by the VirtualService at all.',
  },
)

/** spec.service.match: restricts which requests the generated route handles. */
export const serviceMatchListNode = list(serviceMatchNode, {
  label: 'Route match',
  providers: [...matchProviders],
  example: [{ uri: { prefix: '/' } }],
  doc:
    'Conditions copied verbatim into the `match` of the VirtualService route (Istio), HTTPRoute (Gateway API) or ' +
    'HTTPProxy (Contour). Only matching requests are routed to primary and canary; with `analysis.match` the A/B ' +
    "conditions are combined with these (each entry's headers are replaced by the A/B headers, other A/B fields " +
    'dropped). Empty: every request to the hosts matches.',
})

/** spec.service.retries: the Istio HTTP retry policy of the route. */
export const retriesNode = obj(
  {
    attempts: int({
      unit: 'count',
      label: 'Attempts',
      doc: 'How many times Envoy retries a failed request.',
      example: 3,
    }),
    perTryTimeout: str({
      format: 'protobuf-duration',
      label: 'Per-try timeout',
      doc: 'Timeout of each attempt, as a protobuf duration (`1s`, `0.5s`). Flagger does not parse it; Istio does.',
      example: '1s',
    }),
    retryOn: str({
      label: 'Retry on',
      doc: 'Comma-separated Envoy retry conditions, e.g. `gateway-error,connect-failure,refused-stream`.',
      example: 'gateway-error,connect-failure,refused-stream',
    }),
  },
  {
    label: 'Retries',
    providers: ['istio', 'appmesh', 'appmesh:v1beta2', 'contour'],
    doc:
      'Retry policy copied into every HTTP route Flagger generates. Retries hit primary and canary alike, so a ' +
      'flaky canary may look healthier to clients than its metrics say.',
  },
)

/** spec.service.rewrite: path/authority rewrite applied before forwarding. */
export const rewriteNode = obj(
  {
    uri: str({ label: 'URI', doc: 'Replace the matched path (or prefix) with this value before forwarding.' }),
    authority: str({ label: 'Authority', doc: 'Replace the Host/Authority header with this value.' }),
    type: str({
      label: 'Type',
      providers: ['gatewayapi:v1', 'gatewayapi:v1beta1'],
      doc: 'Gateway API only (`ReplaceFullPath` or `ReplacePrefixMatch`); Istio drops it.',
    }),
  },
  {
    label: 'Rewrite',
    providers: [...routeProviders],
    advanced: true,
    doc: 'URI and authority rewrite copied into every HTTP route of the VirtualService (HTTPRoute filter for Gateway API).',
  },
)

const headerOpsNode = (direction: 'request' | 'response') =>
  obj(
    {
      add: map(str(), { doc: `Header name → value appended to the ${direction}.` }),
      remove: list(str(), { doc: `Header names removed from the ${direction}.` }),
      set: map(str(), { doc: `Header name → value that overwrites the ${direction}'s header.` }),
    },
    { doc: `Header operations on the ${direction}.` },
  )

/** spec.service.headers: request and response header operations on the route. */
export const headersNode = obj(
  { request: headerOpsNode('request'), response: headerOpsNode('response') },
  {
    label: 'Headers',
    providers: [...routeProviders],
    advanced: true,
    doc:
      'Header manipulation copied into every HTTP route. With session affinity Flagger adds its own Set-Cookie ' +
      'response headers next to these.',
  },
)

/** spec.service.corsPolicy: the Istio CORS policy of the route. */
export const corsPolicyNode = obj(
  {
    allowCredentials: bool({ doc: 'Allow credentialed cross-origin requests.' }),
    allowHeaders: list(str(), { doc: 'Request headers allowed in cross-origin requests.' }),
    allowMethods: list(str(), { doc: 'HTTP methods allowed in cross-origin requests.' }),
    allowOrigin: list(str(), {
      deprecated: 'Istio replaced it with allowOrigins.',
      doc: 'Exact origins allowed (deprecated in Istio: use `allowOrigins`).',
    }),
    allowOrigins: list(stringMatchNode('The origin', { required: true }), {
      doc: 'Origins allowed, each an exact, prefix or regex match.',
    }),
    exposeHeaders: list(str(), { doc: 'Response headers the browser may expose to scripts.' }),
    maxAge: str({ format: 'protobuf-duration', doc: 'How long the preflight response may be cached, e.g. `24h`.' }),
  },
  {
    label: 'CORS policy',
    providers: [...routeProviders],
    advanced: true,
    doc: 'Cross-origin policy copied into every HTTP route of the VirtualService.',
  },
)

const dnsSubdomain = '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
const kindPattern = '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$'
const dnsName = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'
const dnsLabel = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'

/** spec.service.mirror: Gateway API RequestMirror filters (not Istio's analysis.mirror). */
export const gatewayMirrorListNode = list(
  obj({
    backendRef: obj(
      {
        group: str({
          pattern: dnsSubdomain,
          maxLength: 253,
          default: '',
          doc: 'API group of the backend; empty for core.',
        }),
        kind: str({
          default: 'Service',
          pattern: kindPattern,
          minLength: 1,
          maxLength: 63,
          doc: 'Kind of the backend.',
        }),
        name: str({ minLength: 1, maxLength: 253, doc: 'Name of the backend that receives the copies.' }),
        namespace: str({ pattern: dnsLabel, minLength: 1, maxLength: 63, doc: 'Namespace of the backend.' }),
        port: int({ minimum: 1, maximum: 65535, unit: 'port', doc: 'Port of the backend; required for a Service.' }),
      },
      { required: ['name'], doc: 'The backend that receives mirrored copies of the requests.' },
    ),
  }),
  {
    required: ['backendRef'],
    label: 'Mirror filters',
    providers: ['gatewayapi:v1', 'gatewayapi:v1beta1'],
    advanced: true,
    doc:
      'Gateway API only: extra RequestMirror filters on the HTTPRoute that copy requests to another backend. ' +
      'Unrelated to `analysis.mirror`, which mirrors to the canary; ignored by Istio.',
  },
)

/** spec.service.gatewayRefs: the Gateway API parent Gateways of the generated HTTPRoute. */
export const gatewayRefsNode = list(
  obj(
    {
      group: str({
        default: 'gateway.networking.k8s.io',
        pattern: dnsSubdomain,
        maxLength: 253,
        doc: 'API group of the parent.',
      }),
      kind: str({ default: 'Gateway', pattern: kindPattern, minLength: 1, maxLength: 63, doc: 'Kind of the parent.' }),
      name: str({ minLength: 1, maxLength: 253, doc: 'Name of the parent Gateway.' }),
      namespace: str({
        pattern: dnsLabel,
        minLength: 1,
        maxLength: 63,
        doc: "Namespace of the Gateway; defaults to the route's.",
      }),
      sectionName: str({ pattern: dnsName, minLength: 1, maxLength: 253, doc: 'A single listener of the Gateway.' }),
      port: int({ minimum: 1, maximum: 65535, unit: 'port', doc: 'A listener port of the Gateway.' }),
    },
    { required: ['name'] },
  ),
  {
    maxItems: 32,
    label: 'Gateway refs',
    providers: ['gatewayapi:v1', 'gatewayapi:v1beta1'],
    example: [{ name: 'gateway', namespace: 'istio-ingress' }],
    doc:
      'Gateway API only: the Gateways the generated HTTPRoute attaches to (its parentRefs). The Istio provider ' +
      'uses `gateways` instead and ignores this list.',
  },
)
