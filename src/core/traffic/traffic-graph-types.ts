import type { Diagnostic, FieldPath } from '../diagnostic.ts'

/** What a node stands for. */
export type TrafficNodeKind = 'caller' | 'gateway' | 'virtualservice' | 'router' | 'service' | 'workload' | 'autoscaler'

/** Which path a node or edge belongs to: traffic entering through an ingress gateway, in-mesh traffic, or both. */
export type TrafficLane = 'ingress' | 'mesh' | 'shared'

/** Everything the UI needs to explain an element and link it to the text. */
export interface Explained {
  /** The name a screen reader announces, e.g. "Service podinfo-canary". */
  readonly accessibleName: string
  /** What it is and why it looks like this, in plain words. */
  readonly explanation: string
  /** Canary fields that shaped it, so the UI can reveal their YAML lines. */
  readonly fields: readonly FieldPath[]
}

/** A small tag on the VirtualService node: retries, timeout, headers, CORS, rewrite. */
export interface TrafficBadge extends Explained {
  readonly kind: 'retries' | 'timeout' | 'headers' | 'cors' | 'rewrite'
  readonly label: string
}

/** One HTTP (or TCP) route of the VirtualService, in Flagger's order. */
export interface TrafficRoute extends Explained {
  readonly index: number
  readonly kind: 'ab-match' | 'default' | 'sticky-canary' | 'sticky-primary' | 'cookie-expiry' | 'weighted' | 'tcp'
  /** Short text: "x-canary = insider", "cookie c", "all requests". */
  readonly label: string
}

/** A box in the diagram. */
export interface TrafficNode extends Explained {
  /** Stable ids: caller:internet, caller:mesh, gateway:<ns>/<name>, gateway:mesh, virtualservice:<name>, router:<name>, service:<name>, workload:<name>, autoscaler:<name>. */
  readonly id: string
  readonly kind: TrafficNodeKind
  readonly label: string
  readonly lane: TrafficLane
  /** Left-to-right layer: 0 callers, 1 gateways, 2 VirtualService, 3 Services, 4 workloads, 5 autoscaler. */
  readonly column: number
  /** Position within the column, top to bottom; independent of label text so nodes do not jump on edits. */
  readonly order: number
  /** Extra lines: hosts a gateway admits, `port → targetPort`, selectors. */
  readonly details: readonly string[]
  readonly badges?: readonly TrafficBadge[]
  readonly routes?: readonly TrafficRoute[]
  /** For a `router` node: what the object is, e.g. "SMI TrafficSplit", "Knative Service (spec.traffic)". */
  readonly kindText?: string
  /** Primary or canary, when the id does not say it (Knative revisions). */
  readonly role?: 'primary' | 'canary'
}

/** What an edge means: a request path, a VirtualService route, a mirror, the in-mesh bypass, a selector, scaling. */
export type TrafficEdgeKind = 'request' | 'route' | 'mirror' | 'bypass' | 'selects' | 'scales'

/** An arrow in the diagram. */
export interface TrafficEdge extends Explained {
  readonly id: string
  readonly source: string
  readonly target: string
  /** For route and mirror edges: `route:<index>` of the VirtualService node they leave from. */
  readonly sourceHandle?: string
  readonly kind: TrafficEdgeKind
  readonly lane: TrafficLane
  /** Main label, e.g. "90%", "x-canary = insider · 100%", "mirror 20%". */
  readonly label: string
  /** Second line, e.g. the DestinationRule's "TLS ISTIO_MUTUAL". */
  readonly secondaryLabel?: string
  /** Share of the route's requests that takes this edge, in percent (what Istio does, not only what is written). */
  readonly weightPercent?: number
  readonly dashed: boolean
  /** False when no request takes it at this routing state (weight 0): draw it faded. */
  readonly active: boolean
  readonly order: number
}

/** A plain note for the diagram, e.g. that no external gateway is set. */
export interface TrafficNote extends Explained {
  readonly id: string
}

/** The traffic picture for one Canary at one routing state. */
export interface TrafficGraph {
  readonly nodes: readonly TrafficNode[]
  readonly edges: readonly TrafficEdge[]
  readonly notes: readonly TrafficNote[]
  /** Errors and warnings from generating the objects the picture is drawn from. */
  readonly diagnostics: readonly Diagnostic[]
}
