import type { Canary } from '../catalog/canary-fields.ts'
import type { KubernetesService } from '../generate/istio-types.ts'
import { derivedNames, effectiveProvider } from '../model/effective.ts'
import type { TrafficEdge, TrafficNode } from './traffic-graph-types.ts'

// Services (column 3), workloads (column 4) and the autoscaler (column 5).

const svc = (...rest: string[]) => ['spec', 'service', ...rest]

function portLine(s: KubernetesService | undefined, port: number | undefined): string {
  const p = s?.spec.ports[0]
  return p ? `${p.port} → ${p.targetPort}` : `${port ?? '?'}`
}

const roles = [
  { role: 'apex', order: 0, text: (n: string, istio: boolean) => `The apex Service ${n}: the name callers use. Its selector points at the primary pods, so callers that ${istio ? 'bypass the VirtualService' : 'the provider does not split'} reach only the primary.` },
  { role: 'primary', order: 1, text: (n: string) => `Service ${n}: selects the primary pods (the last promoted version).` },
  { role: 'canary', order: 2, text: (n: string) => `Service ${n}: selects the target's pods, the new version under analysis.` },
] as const

/** The three Service nodes, each with `port → targetPort` and its selector, and their edges to the workloads. */
export function backendGraph(canary: Canary, services: readonly KubernetesService[]): { nodes: TrafficNode[]; edges: TrafficEdge[] } {
  const names = derivedNames(canary)
  const port = canary.spec?.service?.port
  const workloadOf = { apex: names.primaryWorkload, primary: names.primaryWorkload, canary: names.target }
  const nodes: TrafficNode[] = []
  const edges: TrafficEdge[] = []
  for (const { role, order, text } of roles) {
    const name = role === 'apex' ? names.apex : role === 'primary' ? names.primaryService : names.canaryService
    const s = services.find((x) => x.metadata.name === name)
    const selector = s ? Object.entries(s.spec.selector).map(([k, v]) => `${k}=${v}`) : []
    nodes.push({
      id: `service:${name}`,
      kind: 'service',
      label: name,
      lane: role === 'apex' ? 'mesh' : 'shared',
      column: 3,
      order,
      details: [portLine(s, port), ...selector.map((x) => `selector ${x}`)],
      accessibleName: `Service ${name}`,
      explanation: text(name, effectiveProvider(canary) === 'istio'),
      fields: [role === 'apex' ? ['spec', 'targetRef', 'name'] : svc('port'), svc('port'), svc('targetPort'), svc(role)],
    })
    edges.push({
      id: `service:${name}->workload:${workloadOf[role]}`,
      source: `service:${name}`,
      target: `workload:${workloadOf[role]}`,
      kind: 'selects',
      lane: role === 'apex' ? 'mesh' : 'shared',
      label: selector.join(', ') || 'selects',
      dashed: false,
      active: true,
      order,
      accessibleName: `Service ${name} selects ${workloadOf[role]}`,
      explanation: `Service ${name} sends to the pods of ${workloadOf[role]} (${portLine(s, port)}).`,
      fields: [['spec', 'targetRef', 'name'], svc('targetPort')],
    })
  }
  return { nodes, edges }
}

/** The primary and canary workloads, and the autoscaler when autoscalerRef is set. */
export function workloadGraph(canary: Canary): { nodes: TrafficNode[]; edges: TrafficEdge[] } {
  const names = derivedNames(canary)
  const kind = canary.spec?.targetRef?.kind ?? 'Deployment'
  const target = ['spec', 'targetRef']
  const nodes: TrafficNode[] = [
    { id: `workload:${names.primaryWorkload}`, kind: 'workload', label: names.primaryWorkload, lane: 'shared', column: 4, order: 0, details: [kind], accessibleName: `Primary ${kind} ${names.primaryWorkload}`, explanation: `${names.primaryWorkload}: the copy of ${names.target} Flagger creates and promotes to; it serves the stable version.`, fields: [target] },
    { id: `workload:${names.target}`, kind: 'workload', label: names.target, lane: 'shared', column: 4, order: 1, details: [kind], accessibleName: `Canary ${kind} ${names.target}`, explanation: `${names.target}: your ${kind}, run as the canary; Flagger scales it to zero between runs.`, fields: [target] },
  ]
  const ref = canary.spec?.autoscalerRef
  if (!ref?.name) return { nodes, edges: [] }
  const id = `autoscaler:${ref.name}`
  nodes.push({ id, kind: 'autoscaler', label: ref.name, lane: 'shared', column: 5, order: 0, details: [ref.kind ?? 'HorizontalPodAutoscaler'], accessibleName: `Autoscaler ${ref.name}`, explanation: `${ref.kind ?? 'Autoscaler'} ${ref.name} scales the canary; Flagger copies it as ${ref.name}-primary to scale ${names.primaryWorkload}.`, fields: [['spec', 'autoscalerRef']] })
  const scales = (workload: string, order: number, label: string): TrafficEdge => ({
    id: `${id}->workload:${workload}`, source: id, target: `workload:${workload}`, kind: 'scales', lane: 'shared', label, dashed: true, active: true, order,
    accessibleName: `${label} scales ${workload}`, explanation: `${label} scales ${workload}.`, fields: [['spec', 'autoscalerRef']],
  })
  return { nodes, edges: [scales(names.primaryWorkload, 0, `${ref.name}-primary`), scales(names.target, 1, ref.name)] }
}
