// The Istio and Kubernetes objects Flagger writes, as plain data (networking.istio.io/v1beta1, v1).
// Only the fields Flagger sets; keys in Flagger's struct order (pkg/apis/istio/v1beta1/virtual_service.go).

/** v1alpha1.StringMatch: one of exact, prefix, suffix (Flagger only; Istio has none), regex. */
export interface StringMatch {
  exact?: string
  prefix?: string
  suffix?: string
  regex?: string
}

/** An Istio HTTP match condition; all its fields must hold. */
export interface HttpMatchRequest {
  name?: string
  uri?: StringMatch
  scheme?: StringMatch
  method?: StringMatch
  authority?: StringMatch
  headers?: Record<string, StringMatch>
  port?: number
  sourceLabels?: Record<string, string>
  gateways?: string[]
  queryParams?: Record<string, StringMatch>
  ignoreUriCase?: boolean
  withoutHeaders?: Record<string, StringMatch>
  sourceNamespace?: string
}

/** Header set/add/remove operations. */
export interface HeaderOperations {
  set?: Record<string, string>
  add?: Record<string, string>
  remove?: string[]
}

/** Request and response header operations, on a route or a destination. */
export interface Headers {
  request?: HeaderOperations
  response?: HeaderOperations
}

/** A route destination: a Service host, optionally with a port. */
export interface Destination {
  host: string
  port?: { number: number }
}

/** A weighted destination of an HTTP (or TCP) route. */
export interface HttpRouteDestination {
  destination: Destination
  weight: number
  headers?: Headers
}

/** One HTTP route of a VirtualService, keys in Flagger's struct order. */
export interface HttpRoute {
  match?: HttpMatchRequest[]
  route: HttpRouteDestination[]
  rewrite?: { uri?: string; authority?: string }
  timeout?: string
  retries?: { attempts?: number; perTryTimeout?: string; retryOn?: string }
  mirror?: Destination
  mirrorPercentage?: { value: number }
  corsPolicy?: Record<string, unknown>
  headers?: Headers
}

/** One TCP route of a VirtualService. */
export interface TcpRoute {
  match?: { port?: number }[]
  route: { destination: Destination; weight: number }[]
}

/** The metadata Flagger writes on its objects. */
export interface ObjectMeta {
  name: string
  namespace?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  ownerReferences?: {
    apiVersion: string
    kind: string
    name: string
    uid: string
    controller: boolean
    blockOwnerDeletion: boolean
  }[]
}

/** The VirtualService Flagger keeps for the apex (networking.istio.io/v1beta1). */
export interface VirtualService {
  apiVersion: 'networking.istio.io/v1beta1'
  kind: 'VirtualService'
  metadata: ObjectMeta
  spec: {
    hosts: string[]
    gateways?: string[]
    http?: HttpRoute[]
    tcp?: TcpRoute[]
  }
}

/** A DestinationRule Flagger keeps for the primary or canary Service. */
export interface DestinationRule {
  apiVersion: 'networking.istio.io/v1beta1'
  kind: 'DestinationRule'
  metadata: ObjectMeta
  spec: { host: string; trafficPolicy?: Record<string, unknown> }
}

/** A Service port as Flagger writes it. */
export interface ServicePort {
  name: string
  protocol: 'TCP'
  port: number
  targetPort: number | string
  appProtocol?: string
  /** Kept from an adopted Service's port of the same name (reconcileService). */
  nodePort?: number
}

/** One of the three ClusterIP Services Flagger creates, or an adopted apex Service (other spec fields kept). */
export interface KubernetesService {
  apiVersion: 'v1'
  kind: 'Service'
  metadata: ObjectMeta
  spec: {
    [kept: string]: unknown
    type: string
    clusterIP?: 'None'
    selector: Record<string, string>
    ports: ServicePort[]
    trafficDistribution?: string
  }
}

/** An object a non-Istio router writes (SMI TrafficSplit, App Mesh VirtualRouter, Kuma TrafficRoute, Knative Service). */
export interface ProviderObject {
  apiVersion: string
  kind: string
  metadata: ObjectMeta
  /** Kuma's TrafficRoute carries its mesh beside spec. */
  mesh?: string
  spec: Record<string, unknown>
}

/** Any object the generator returns. */
export type GeneratedObject = VirtualService | DestinationRule | KubernetesService | ProviderObject

/** Whether a generated object is Istio's VirtualService (App Mesh has a kind VirtualService too). */
export function isIstioVirtualService(o: GeneratedObject): o is VirtualService {
  return o.kind === 'VirtualService' && o.apiVersion === 'networking.istio.io/v1beta1'
}

/** Whether a generated object is one of the Kubernetes Services (a Knative Service is kind Service too). */
export function isKubernetesService(o: GeneratedObject): o is KubernetesService {
  return o.kind === 'Service' && o.apiVersion === 'v1'
}
