import type { CanaryService } from '../catalog/canary-fields.ts'
import { compact, goMap } from './flagger-structs.ts'

// Flagger reads service.trafficPolicy into istiov1beta1.TrafficPolicy (pkg/apis/istio/v1beta1/destination_rule.go)
// and writes that struct into both DestinationRules. The values pass through unchanged, but the struct decides
// the key order, which zero values survive and which keys are lost.

type TrafficPolicyInput = NonNullable<CanaryService['trafficPolicy']>
type Json = Record<string, unknown>

const str = (s: string | undefined): string | undefined => (s === undefined || s === '' ? undefined : s)
const int = (n: number | undefined): number | undefined => (n === undefined || n === 0 ? undefined : n)
const flag = (b: boolean | undefined): true | undefined => (b === true ? true : undefined)
const list = <T>(l: readonly T[] | undefined): T[] | undefined => (l && l.length > 0 ? [...l] : undefined)

function loadBalancer(lb: NonNullable<TrafficPolicyInput['loadBalancer']>): Json {
  const ch = lb.consistentHash
  const locality = lb.localityLbSetting
  return compact({
    simple: str(lb.simple),
    consistentHash:
      ch &&
      compact({
        httpHeaderName: str(ch.httpHeaderName),
        // HTTPCookie: name and ttl have no omitempty.
        httpCookie: ch.httpCookie && compact({ name: ch.httpCookie.name ?? '', path: str(ch.httpCookie.path), ttl: ch.httpCookie.ttl ?? '' }),
        useSourceIp: flag(ch.useSourceIp),
        minimumRingSize: int(ch.minimumRingSize),
      }),
    localityLbSetting:
      locality &&
      compact({
        distribute: list(locality.distribute?.map((d) => compact({ from: str(d.from), to: goMap(d.to) }))),
        failover: list(locality.failover?.map((f) => compact({ from: str(f.from), to: str(f.to) }))),
        enabled: flag(locality.enabled),
      }),
    warmupDurationSecs: str(lb.warmupDurationSecs),
  })
}

function connectionPool(cp: NonNullable<TrafficPolicyInput['connectionPool']>): Json {
  const http = cp.http
  return compact({
    http:
      http &&
      compact({
        h2UpgradePolicy: str(http.h2UpgradePolicy),
        http1MaxPendingRequests: int(http.http1MaxPendingRequests),
        http2MaxRequests: int(http.http2MaxRequests),
        maxRequestsPerConnection: int(http.maxRequestsPerConnection),
        maxRetries: int(http.maxRetries),
        idleTimeout: str(http.idleTimeout),
      }),
  })
}

function outlierDetection(od: NonNullable<TrafficPolicyInput['outlierDetection']>): Json {
  // consecutiveGatewayErrors, consecutive5xxErrors and consecutiveLocalOriginFailures are *uint32: 0 survives.
  return compact({
    consecutiveErrors: int(od.consecutiveErrors),
    consecutiveGatewayErrors: od.consecutiveGatewayErrors,
    consecutive5xxErrors: od.consecutive5xxErrors,
    splitExternalLocalOriginErrors: flag(od.splitExternalLocalOriginErrors),
    consecutiveLocalOriginFailures: od.consecutiveLocalOriginFailures,
    interval: str(od.interval),
    baseEjectionTime: str(od.baseEjectionTime),
    maxEjectionPercent: int(od.maxEjectionPercent),
    minHealthPercent: int(od.minHealthPercent),
  })
}

function tls(t: NonNullable<TrafficPolicyInput['tls']>): Json {
  // TLSSettings.Mode has no omitempty: a tls block without mode is written with mode "".
  return compact({
    mode: t.mode ?? '',
    clientCertificate: str(t.clientCertificate),
    privateKey: str(t.privateKey),
    caCertificates: str(t.caCertificates),
    subjectAltNames: list(t.subjectAltNames),
    sni: str(t.sni),
  })
}

/** service.trafficPolicy as Flagger writes it into a DestinationRule: TrafficPolicy's struct order and omitempty rules. */
export function flaggerTrafficPolicy(tp: TrafficPolicyInput): Json {
  return compact({
    loadBalancer: tp.loadBalancer && loadBalancer(tp.loadBalancer),
    connectionPool: tp.connectionPool && connectionPool(tp.connectionPool),
    outlierDetection: tp.outlierDetection && outlierDetection(tp.outlierDetection),
    tls: tp.tls && tls(tp.tls),
  })
}

/** Values the Canary sets that Flagger's TrafficPolicy struct cannot carry, as [field path under trafficPolicy, why]. */
export function droppedTrafficPolicyFields(tp: TrafficPolicyInput): [string[], string][] {
  const out: [string[], string][] = []
  if (tp.loadBalancer?.consistentHash?.httpQueryParameterName !== undefined)
    out.push([['loadBalancer', 'consistentHash', 'httpQueryParameterName'], "Flagger's ConsistentHashLB type has no such field"])
  if (tp.loadBalancer?.localityLbSetting?.enabled === false)
    out.push([['loadBalancer', 'localityLbSetting', 'enabled'], "false is dropped (omitempty), so Istio's default applies"])
  if (tp.tls && tp.tls.mode === undefined) out.push([['tls', 'mode'], 'mode is always written; without a value it is "", which Istio rejects'])
  return out
}
