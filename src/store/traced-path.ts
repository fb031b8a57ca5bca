import type { RouteDecision } from '../core/route/trace-request-types.ts'
import type { TrafficGraph } from '../core/traffic/traffic-graph-types.ts'

/**
 * The nodes and edges of the traffic graph a traced request passes through, by their buildTrafficGraph ids.
 * The diagram lights these; everything else stays as drawn.
 */
export interface TracedPath {
  /** Nodes on the request's way, caller first, workloads last (only ids present in the graph). */
  readonly nodeIds: readonly string[]
  /** Edges the request takes: caller → gateway → VirtualService → route → Service → workload, or the mesh bypass. */
  readonly edgeIds: readonly string[]
  /** The mirrored copy: the mirror edge, the Service and workload it reaches; empty without mirroring. */
  readonly mirrorNodeIds: readonly string[]
  readonly mirrorEdgeIds: readonly string[]
  readonly admitted: boolean
  /** Where a rejected request stops (the gateway, the VirtualService, or the caller), null when it is served. */
  readonly stopsAt: string | null
}

class PathBuilder {
  readonly nodes: string[] = []
  readonly edges: string[] = []
  private readonly nodeIds: ReadonlySet<string>
  private readonly edgeIds: ReadonlySet<string>

  constructor(readonly graph: TrafficGraph) {
    this.nodeIds = new Set(graph.nodes.map((n) => n.id))
    this.edgeIds = new Set(graph.edges.map((e) => e.id))
  }

  node(id: string): boolean {
    if (!this.nodeIds.has(id)) return false
    if (!this.nodes.includes(id)) this.nodes.push(id)
    return true
  }

  edge(id: string): boolean {
    if (!this.edgeIds.has(id)) return false
    if (!this.edges.includes(id)) this.edges.push(id)
    return true
  }

  /** A Service node and its selector edge to the workload that serves the request. */
  serviceToWorkload(service: string, workload: string): void {
    if (!this.node(`service:${service}`)) return
    this.edge(`service:${service}->workload:${workload}`)
    this.node(`workload:${workload}`)
  }
}

function serveThroughRoute(path: PathBuilder, decision: RouteDecision, routeIndex: number): void {
  const served = new Set(decision.workloads.filter((w) => w.percent > 0).map((w) => `workload:${w.name}`))
  for (const e of path.graph.edges) {
    if (e.kind !== 'route' || !e.id.startsWith(`route:${routeIndex}:`) || (e.weightPercent ?? 0) <= 0) continue
    // The Service this route edge reaches, and whether its workload is one the decision says serves the request.
    const selects = path.graph.edges.find((x) => x.kind === 'selects' && x.source === e.target && served.has(x.target))
    if (!selects) continue
    path.edge(e.id)
    path.node(e.target)
    path.edge(selects.id)
    path.node(selects.target)
  }
}

function mirrorPart(graph: TrafficGraph, decision: RouteDecision): { nodeIds: string[]; edgeIds: string[] } {
  const mirror = graph.edges.find((e) => e.kind === 'mirror' && decision.routeIndex !== null && e.id.startsWith(`mirror:${decision.routeIndex}:`))
  if (!decision.mirror || !mirror) return { nodeIds: [], edgeIds: [] }
  const selects = graph.edges.find((e) => e.kind === 'selects' && e.source === mirror.target)
  return { nodeIds: [mirror.target, ...(selects ? [selects.target] : [])], edgeIds: [mirror.id, ...(selects ? [selects.id] : [])] }
}

/** The path of a traced request through the graph of the same Canary and routing state. */
export function tracedPathOf(graph: TrafficGraph, decision: RouteDecision): TracedPath {
  const path = new PathBuilder(graph)
  const isMesh = decision.via === 'mesh'
  const caller = isMesh ? 'caller:mesh' : 'caller:internet'
  path.node(caller)
  let last = caller
  const entry = isMesh ? (decision.virtualService ? 'gateway:mesh' : null) : `gateway:${decision.via}`
  if (entry && path.node(entry)) {
    path.edge(`${caller}->${entry}`)
    last = entry
  }
  if (decision.virtualService && path.node(`virtualservice:${decision.virtualService}`)) {
    path.edge(`${last}->virtualservice:${decision.virtualService}`)
    last = `virtualservice:${decision.virtualService}`
  }
  if (decision.admitted && decision.virtualService && decision.routeIndex !== null) serveThroughRoute(path, decision, decision.routeIndex)
  else if (decision.admitted) {
    // No VirtualService applies: plain Kubernetes Service routing (the in-mesh bypass edge when the graph draws one).
    for (const w of decision.workloads)
      for (const service of w.service.split(', ')) {
        path.edge(`${caller}->service:${service}`)
        path.serviceToWorkload(service, w.name)
      }
  }
  const mirror = decision.admitted ? mirrorPart(graph, decision) : { nodeIds: [], edgeIds: [] }
  return { nodeIds: path.nodes, edgeIds: path.edges, mirrorNodeIds: mirror.nodeIds, mirrorEdgeIds: mirror.edgeIds, admitted: decision.admitted, stopsAt: decision.admitted ? null : last }
}
