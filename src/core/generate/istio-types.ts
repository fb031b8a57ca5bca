// The Istio and Kubernetes objects Flagger writes, as plain data (networking.istio.io/v1beta1, v1).
// Only the fields Flagger sets; keys in Flagger's struct order (pkg/apis/istio/v1beta1/virtual_service.go).

export interface StringMatch {
  exact?: string
  prefix?: string
  suffix?: string
  regex?: string
}

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

export interface HeaderOperations {
  set?: Record<string, string>
  add?: Record<string, string>
  remove?: string[]
}

export interface Headers {
  request?: HeaderOperations
  response?: HeaderOperations
}

export interface Destination {
  host: string
  port?: { number: number }
}

export interface HttpRouteDestination {
  destination: Destination
  weight: number
  headers?: Headers
}

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

export interface TcpRoute {
  match?: { port?: number }[]
  route: { destination: Destination; weight: number }[]
}

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

export interface DestinationRule {
  apiVersion: 'networking.istio.io/v1beta1'
  kind: 'DestinationRule'
  metadata: ObjectMeta
  spec: { host: string; trafficPolicy?: Record<string, unknown> }
}

export interface ServicePort {
  name: string
  protocol: 'TCP'
  port: number
  targetPort: number | string
  appProtocol?: string
}

export interface KubernetesService {
  apiVersion: 'v1'
  kind: 'Service'
  metadata: ObjectMeta
  spec: {
    type: 'ClusterIP'
    clusterIP?: 'None'
    selector: Record<string, string>
    ports: ServicePort[]
    trafficDistribution?: string
  }
}

export type GeneratedObject = VirtualService | DestinationRule | KubernetesService
