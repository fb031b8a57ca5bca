// The request the tracer follows and the decision it returns (issue 9). Plain data, JSON-friendly.

/** A request as the user describes it. */
export interface TraceRequest {
  /** `mesh` (a pod inside the mesh) or a Gateway as `namespace/name` (a bare name means the Canary's namespace). */
  readonly entry: string
  /** The Host / :authority, optionally with `:port`. */
  readonly host: string
  /** The port addressed: the Gateway server port (default 80, 443 for https) or the Service port for mesh callers. */
  readonly port?: number
  readonly scheme?: 'http' | 'https'
  readonly method?: string
  /** Path with an optional query string, e.g. `/api?x=1`. */
  readonly path?: string
  readonly headers?: Readonly<Record<string, string>>
  readonly cookies?: Readonly<Record<string, string>>
  /** Query parameters added to those in `path`. */
  readonly queryParams?: Readonly<Record<string, string>>
  /** Mesh callers: the calling pod's namespace (default: the Canary's) and labels. */
  readonly sourceNamespace?: string
  readonly sourceLabels?: Readonly<Record<string, string>>
}

/** A workload that serves the request, reached through a Service, and its share in percent. */
export interface WorkloadShare {
  readonly name: string
  readonly service: string
  readonly percent: number
  /** The Set-Cookie the response carries when this workload answers (session affinity). */
  readonly setCookie: string | null
}

/** Retries in effect on the chosen route; Istio's own default when the route sets none. */
export interface RetriesInEffect {
  readonly attempts: number
  readonly perTryTimeout: string | null
  readonly retryOn: string
  readonly isIstioDefault: boolean
}

/** Where a request goes and why. */
export interface RouteDecision {
  readonly via: string
  readonly admitted: boolean
  /** HTTP status the caller gets when rejected (404, 301), null when served or when the connection is refused. */
  readonly status: number | null
  readonly gateway: { readonly namespace: string; readonly name: string; readonly serverIndex: number | null } | null
  /** Name of the VirtualService that routed the request (it lives in the Canary's namespace), null when none applied. */
  readonly virtualService: string | null
  readonly routeKind: 'http' | 'tcp' | null
  readonly routeIndex: number | null
  readonly matchIndex: number | null
  readonly workloads: readonly WorkloadShare[]
  readonly mirror: { readonly name: string; readonly service: string; readonly percent: number } | null
  /** The Set-Cookie the route always sets, or the one set when the request lands on the canary. */
  readonly setCookie: string | null
  readonly retries: RetriesInEffect | null
  readonly timeout: string | null
  readonly rewrite: { readonly uri?: string; readonly authority?: string } | null
  /** For providers other than Istio: the object that split the request (TrafficSplit, VirtualRouter…), null otherwise. */
  readonly router: { readonly kind: string; readonly apiVersion: string; readonly name: string } | null
  /** Set when the provider's routing for this entry is not modelled: the provider's name (the CLI exits 2). */
  readonly unmodelledProvider: string | null
  readonly explanation: string
}

/** A decision's route details before any are known (no gateway, route, workloads, mirror or cookie): the base both tracers spread. */
export const noRouteDetails = {
  gateway: null,
  virtualService: null,
  routeKind: null,
  routeIndex: null,
  matchIndex: null,
  workloads: [],
  mirror: null,
  setCookie: null,
  retries: null,
  timeout: null,
  rewrite: null,
  router: null,
  unmodelledProvider: null,
} satisfies Partial<RouteDecision>
