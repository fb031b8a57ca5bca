import type { Canary } from '../catalog/canary-fields.ts'
import { canaryNamespace, formatGatewayKey, resolveGatewayRef } from '../gateway/gateway-ref.ts'
import type { VirtualService } from '../generate/istio-types.ts'
import type { TrafficEdge, TrafficNode, TrafficNote } from './traffic-graph-types.ts'

// Where requests enter: callers (column 0) and the gateways the VirtualService is bound to (column 1).

const gatewaysField = ['spec', 'service', 'gateways'] as const
const hostsField = ['spec', 'service', 'hosts'] as const

/**
 * `gateway:mesh` or `gateway:<namespace>/<name>`, resolved as Istio does (a bare name in the VirtualService's own
 * namespace, the legacy `<name>.<namespace>.svc.cluster.local` form too), so it matches the tracer's entry.
 */
export function gatewayId(gateway: string, namespace: string): string {
  return `gateway:${formatGatewayKey(resolveGatewayRef(gateway, namespace))}`
}

const callerInternet: TrafficNode = {
  id: 'caller:internet',
  kind: 'caller',
  label: 'Clients outside the mesh',
  lane: 'ingress',
  column: 0,
  order: 0,
  details: [],
  accessibleName: 'Callers from outside the cluster',
  explanation: 'Requests from outside the cluster, entering through an ingress gateway.',
  fields: [],
}

const callerMesh: TrafficNode = {
  id: 'caller:mesh',
  kind: 'caller',
  label: 'In-mesh callers',
  lane: 'mesh',
  column: 0,
  order: 1,
  details: [],
  accessibleName: 'Callers inside the mesh',
  explanation: 'Pods with an Istio sidecar calling the service by name, e.g. another microservice.',
  fields: [],
}

function gatewayNode(gateway: string, index: number, namespace: string, hosts: readonly string[], listed: boolean): TrafficNode {
  const isMesh = gateway === 'mesh'
  const id = gatewayId(gateway, namespace)
  const name = id.slice('gateway:'.length)
  const explanation = isMesh
    ? `The mesh gateway: every sidecar applies this VirtualService to calls for ${hosts.join(', ')}.${listed ? ' It is listed in service.gateways.' : ' Flagger adds it because service.gateways is empty.'}`
    : `Ingress gateway ${name}: it admits requests for ${hosts.join(', ')} (its Gateway resource must list these hosts too) and hands them to this VirtualService.${/[/.]/.test(gateway) ? '' : ` A bare name means the Canary's namespace (${namespace}).`}`
  return {
    id,
    kind: 'gateway',
    label: isMesh ? 'mesh' : name,
    lane: isMesh ? 'mesh' : 'ingress',
    column: 1,
    order: index,
    details: [...hosts],
    accessibleName: isMesh ? 'Mesh gateway (sidecars)' : `Ingress gateway ${name}`,
    explanation,
    fields: listed ? [[...gatewaysField, index], [...hostsField]] : [[...gatewaysField]],
  }
}

function requestEdge(source: string, target: string, lane: 'ingress' | 'mesh', order: number, label: string, explanation: string): TrafficEdge {
  return { id: `${source}->${target}`, source, target, kind: 'request', lane, label, dashed: false, active: true, order, accessibleName: `${source} to ${target}: ${label}`, explanation, fields: [[...gatewaysField]] }
}

/** Callers, gateway nodes and their edges into the VirtualService, plus the in-mesh bypass when mesh is not bound. */
export function entryGraph(canary: Canary, vs: VirtualService | undefined, apex: string): { nodes: TrafficNode[]; edges: TrafficEdge[]; notes: TrafficNote[] } {
  const namespace = canaryNamespace(canary)
  const gateways = vs?.spec.gateways ?? []
  const listed = (canary.spec?.service?.gateways?.length ?? 0) > 0
  const hosts = vs?.spec.hosts ?? []
  const vsId = vs ? `virtualservice:${vs.metadata.name}` : undefined
  const gatewayNodes = gateways.map((g, i) => gatewayNode(g, i, namespace, hosts, listed))
  const hasIngress = gateways.some((g) => g !== 'mesh')
  const nodes = [...(hasIngress ? [callerInternet] : []), callerMesh, ...gatewayNodes]
  const edges: TrafficEdge[] = []
  const notes: TrafficNote[] = []
  gatewayNodes.forEach((g, i) => {
    const caller = g.lane === 'mesh' ? callerMesh.id : callerInternet.id
    edges.push(requestEdge(caller, g.id, g.lane === 'mesh' ? 'mesh' : 'ingress', i, hosts.join(', '), `Requests for ${hosts.join(', ')} reach ${g.accessibleName}.`))
    if (vsId) edges.push(requestEdge(g.id, vsId, g.lane === 'mesh' ? 'mesh' : 'ingress', 100 + i, 'routes', `${g.accessibleName} applies VirtualService ${apex}'s routes.`))
  })
  const isDelegate = vs !== undefined && vs.spec.gateways === undefined
  if (!gateways.includes('mesh')) {
    const why = !vs
      ? `No VirtualService applies to in-mesh calls: they reach the ${apex} Service, which selects only the primary pods.`
      : isDelegate
        ? `A delegate VirtualService is applied only through its parent: direct in-mesh calls reach the ${apex} Service, which selects only the primary pods.`
        : `service.gateways does not list mesh, so sidecars ignore this VirtualService: in-mesh callers reach the ${apex} Service directly, which selects only the primary pods. They never see the canary.`
    edges.push({ ...requestEdge(callerMesh.id, `service:${apex}`, 'mesh', 200, 'primary only (bypasses the VirtualService)', why), kind: 'bypass', dashed: true, accessibleName: `In-mesh callers to Service ${apex}, bypassing the VirtualService` })
  }
  if (isDelegate)
    notes.push({ id: 'delegate-virtualservice', accessibleName: 'Delegate VirtualService', explanation: `service.delegation: this VirtualService has no hosts and no gateways; a parent VirtualService (not generated by Flagger) must delegate to ${apex}.${namespace} for its routes to apply.`, fields: [['spec', 'service', 'delegation']] })
  else if (vs && !hasIngress)
    notes.push({ id: 'no-external-gateway', accessibleName: 'No external gateway', explanation: 'No ingress gateway is set: only in-mesh callers use this VirtualService; requests from outside the cluster do not reach it. Add an ingress gateway to service.gateways (and its hosts to service.hosts) to expose it.', fields: [[...gatewaysField]] })
  return { nodes, edges, notes }
}
