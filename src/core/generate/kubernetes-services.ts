import type { CanaryService } from '../catalog/canary-fields.ts'
import { compact, goMap } from './flagger-structs.ts'
import { fluxAnnotations, ownerReferences, servicePath, type GenerateContext } from './generate-context.ts'
import type { KubernetesService, ServicePort } from './istio-types.ts'
import type { Trace } from './provenance.ts'

/** Which of the three Services: its name, the pod selector value and the service.<role> metadata it carries. */
export type ServiceRole = 'canary' | 'primary' | 'apex'

function servicePort(s: CanaryService): ServicePort {
  // Flagger kubernetes_default.go reconcileService: targetPort is used unless its string form is "0".
  const targetPort = s.targetPort === undefined || String(s.targetPort) === '0' ? (s.port ?? 0) : s.targetPort
  // corev1.ServicePort order: name, protocol, appProtocol, port, targetPort.
  return compact({
    name: s.portName || 'http',
    protocol: 'TCP' as const,
    appProtocol: s.appProtocol || undefined,
    port: s.port ?? 0,
    targetPort,
  })
}

/** The ports reconcileService writes: service.port, then (portDiscovery) the target's container ports with targetPort = port. */
export function servicePorts(ctx: GenerateContext): ServicePort[] {
  const extra = ctx.extraPorts.map((p): ServicePort => ({
    name: p.name,
    protocol: 'TCP',
    port: p.port,
    targetPort: p.port,
  }))
  return [servicePort(ctx.service), ...extra]
}

/** Provenance of the discovered ports, after the first. */
export function traceDiscoveredPorts(ctx: GenerateContext, trace: Trace): void {
  ctx.extraPorts.forEach((p, i) =>
    trace(
      ['spec', 'ports', i + 1],
      [servicePath('portDiscovery')],
      `portDiscovery: container port ${p.port} of container ${p.container} in ${String(ctx.file.target?.data.kind)} ${ctx.target} (this file), named ${p.name}.`,
    ),
  )
}

/** Why the selector label is what it is. */
export function selectorWhy(ctx: GenerateContext): string {
  if (ctx.selectorFrom !== 'target') return ''
  return ` The label ${ctx.selector.key} is the first of app, name, app.kubernetes.io/name in the ${String(ctx.file.target?.data.kind)}’s spec.selector.matchLabels (this file).`
}

function traceService(ctx: GenerateContext, role: ServiceRole, trace: Trace): void {
  trace(
    ['metadata', 'name'],
    [ctx.apexFrom],
    role === 'apex' ? 'The apex Service: the name callers use.' : `The ${role} Service: <apex>-${role}.`,
    'flagger',
  )
  trace(
    ['metadata', 'labels'],
    [servicePath(role, 'labels')],
    `service.${role}.labels plus <selector key>: <Service name>.`,
  )
  trace(
    ['metadata', 'annotations'],
    [servicePath(role, 'annotations')],
    `service.${role}.annotations plus the two Flux annotations.`,
  )
  trace(
    ['spec', 'ports', 0],
    [servicePath('port'), servicePath('portName'), servicePath('targetPort'), servicePath('appProtocol')],
    'service.port → targetPort (service.targetPort, else the port), named service.portName or http.',
  )
  traceDiscoveredPorts(ctx, trace)
  const selects =
    role === 'canary'
      ? 'Selects the target workload’s pods (the canary).'
      : 'Selects the primary workload’s pods (<value>-primary).'
  trace(
    ['spec', 'selector'],
    [['spec', 'targetRef', 'name']],
    selects + selectorWhy(ctx),
    ctx.selectorFrom === 'assumed' ? 'assumed' : 'canary',
  )
  if (ctx.service.headless)
    trace(['spec', 'clusterIP'], [servicePath('headless')], 'service.headless: a headless Service.')
  if (ctx.service.trafficDistribution)
    trace(['spec', 'trafficDistribution'], [servicePath('trafficDistribution')], 'service.trafficDistribution.')
}

/** Flagger kubernetes_default.go reconcileService for one of the three ClusterIP Services. */
export function buildKubernetesService(ctx: GenerateContext, role: ServiceRole, trace: Trace): KubernetesService {
  const s = ctx.service
  const name = role === 'apex' ? ctx.apex : role === 'primary' ? ctx.primary : ctx.canaryHost
  const podValue = role === 'canary' ? ctx.selector.value : `${ctx.selector.value}-primary`
  const meta = s[role]
  traceService(ctx, role, trace)
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: compact({
      name,
      namespace: ctx.namespace,
      labels: goMap({ ...meta?.labels, [ctx.selector.key]: name }),
      annotations: goMap({ ...meta?.annotations, ...fluxAnnotations }),
      ownerReferences: ownerReferences(ctx),
    }),
    // corev1.ServiceSpec order: ports, selector, clusterIP, type, …, trafficDistribution.
    spec: compact({
      ports: servicePorts(ctx),
      selector: { [ctx.selector.key]: podValue },
      clusterIP: s.headless ? ('None' as const) : undefined,
      type: 'ClusterIP' as const,
      trafficDistribution: s.trafficDistribution || undefined,
    }),
  }
}
