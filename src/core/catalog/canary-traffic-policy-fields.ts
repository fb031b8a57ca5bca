import { bool, int, list, map, obj, str } from './dsl.ts'

// spec.service.trafficPolicy: copied verbatim into both generated DestinationRules, `<apex>-primary` and
// `<apex>-canary` (flagger-semantics.md §b.6). Istio only (§c.4). Structure and enums mirror the Canary CRD.

const connectionPoolNode = obj(
  {
    http: obj(
      {
        h2UpgradePolicy: str({
          enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
          doc: 'Whether HTTP/1.1 connections to the workload are upgraded to HTTP/2.',
        }),
        http1MaxPendingRequests: int({ unit: 'count', doc: 'Maximum requests queued while waiting for a connection.' }),
        http2MaxRequests: int({ unit: 'count', doc: 'Maximum concurrent requests to the workload.' }),
        idleTimeout: str({
          format: 'protobuf-duration',
          doc: 'Close upstream connections idle for this long, e.g. `1h`.',
        }),
        maxRequestsPerConnection: int({
          unit: 'count',
          doc: 'Requests per connection before it is closed; 1 disables keep-alive.',
        }),
        maxRetries: int({ unit: 'count', doc: 'Maximum outstanding retries across all hosts of the destination.' }),
      },
      { doc: 'HTTP connection pool limits.' },
    ),
  },
  { advanced: true, doc: 'Connection pool limits applied per destination (primary and canary each get their own).' },
)

const consistentHashNode = obj(
  {
    httpCookie: obj(
      {
        name: str({ doc: 'Name of the cookie to hash on.' }),
        path: str({ doc: 'Path of the cookie Envoy generates when it is missing.' }),
        ttl: str({ format: 'protobuf-duration', doc: 'Lifetime of the generated cookie.' }),
      },
      { doc: 'Hash on a cookie (Envoy creates it when absent).' },
    ),
    httpHeaderName: str({ doc: 'Hash on this request header.' }),
    httpQueryParameterName: str({ doc: 'Hash on this query parameter.' }),
    minimumRingSize: int({ unit: 'count', doc: 'Minimum number of virtual nodes of the hash ring.' }),
    useSourceIp: bool({ doc: 'Hash on the client IP address.' }),
  },
  {
    oneOfRequired: [['httpHeaderName'], ['httpCookie'], ['useSourceIp'], ['httpQueryParameterName']],
    doc:
      'Sticky load balancing among the pods of one destination. It does not keep a user on the canary: the ' +
      'weight split happens before, in the VirtualService (use `analysis.sessionAffinity` for that).',
  },
)

const localityLbNode = obj(
  {
    distribute: list(
      obj({
        from: str({ doc: 'Originating locality, `region/zone/subzone`, wildcards allowed.' }),
        to: map(int({ unit: 'percent' }), { doc: 'Upstream locality → percentage of traffic.' }),
      }),
      { doc: 'Traffic shares per locality; set either this or `failover`.' },
    ),
    enabled: bool({ doc: 'Enable locality load balancing for this destination (overrides the mesh setting).' }),
    failover: list(
      obj({
        from: str({ doc: 'Originating region.' }),
        to: str({ doc: 'Region to fail over to when the local one is unhealthy.' }),
      }),
      { doc: 'Region failover order; set either this or `distribute`.' },
    ),
  },
  { advanced: true, doc: 'Locality-aware load balancing settings.' },
)

const loadBalancerNode = obj(
  {
    consistentHash: consistentHashNode,
    localityLbSetting: localityLbNode,
    simple: str({
      enum: ['ROUND_ROBIN', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'LEAST_REQUEST'],
      doc: 'A simple load-balancing algorithm among the pods of one destination.',
    }),
    warmupDurationSecs: str({ format: 'protobuf-duration', doc: 'Ramp up traffic to new pods over this duration.' }),
  },
  {
    oneOfRequired: [['simple'], ['consistentHash']],
    advanced: true,
    doc: 'How Envoy picks a pod within primary or within canary: set exactly one of `simple` or `consistentHash`.',
  },
)

const outlierDetectionNode = obj(
  {
    baseEjectionTime: str({ format: 'protobuf-duration', doc: 'Minimum ejection time; grows with each ejection.' }),
    consecutive5xxErrors: int({ unit: 'count', doc: '5xx responses in a row before a pod is ejected.' }),
    consecutiveErrors: int({
      unit: 'count',
      deprecated: 'Istio replaced it with consecutive5xxErrors.',
      doc: 'Deprecated: use `consecutive5xxErrors`.',
    }),
    consecutiveGatewayErrors: int({ unit: 'count', doc: '502/503/504 responses in a row before a pod is ejected.' }),
    consecutiveLocalOriginFailures: int({
      unit: 'count',
      doc: 'Locally originated failures in a row before ejection (needs `splitExternalLocalOriginErrors`).',
    }),
    interval: str({ format: 'protobuf-duration', doc: 'Time between ejection sweeps, e.g. `10s`.' }),
    maxEjectionPercent: int({ unit: 'percent', doc: 'Maximum share of pods that may be ejected.' }),
    minHealthPercent: int({ unit: 'percent', doc: 'Outlier detection pauses below this share of healthy pods.' }),
    splitExternalLocalOriginErrors: bool({ doc: 'Count local-origin failures separately from upstream errors.' }),
  },
  {
    advanced: true,
    doc:
      'Ejects misbehaving pods from the primary or canary pool. Note: ejecting canary pods hides their errors from ' +
      "clients but not from Flagger's metrics, which read Istio telemetry of the canary workload.",
  },
)

const tlsNode = obj(
  {
    caCertificates: str({ doc: "Path to the CA bundle that verifies the workload's certificate." }),
    clientCertificate: str({ doc: 'Path to the client certificate; required for `MUTUAL`.' }),
    mode: str({
      enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
      doc:
        "TLS to the workload: `ISTIO_MUTUAL` when mesh mTLS is on, `DISABLE` for plain text (what Flagger's " +
        'tutorials use).',
      example: 'ISTIO_MUTUAL',
    }),
    privateKey: str({ doc: 'Path to the client private key; required for `MUTUAL`.' }),
    sni: str({ doc: 'SNI to present in the TLS handshake.' }),
    subjectAltNames: list(str(), { doc: 'Accepted subject alternative names of the server certificate.' }),
  },
  { doc: 'TLS settings for connections from the sidecars/gateways to primary and canary pods.' },
)

/** spec.service.trafficPolicy: the Istio traffic policy of both generated DestinationRules. */
export const trafficPolicyNode = obj(
  {
    connectionPool: connectionPoolNode,
    loadBalancer: loadBalancerNode,
    outlierDetection: outlierDetectionNode,
    tls: tlsNode,
  },
  {
    label: 'Traffic policy',
    providers: ['istio'],
    example: { tls: { mode: 'ISTIO_MUTUAL' } },
    doc:
      'Istio only: copied verbatim into the two DestinationRules Flagger generates, `<apex>-primary` and ' +
      '`<apex>-canary`. Omitted from both when unset. Most often used for `tls.mode`.',
  },
)
