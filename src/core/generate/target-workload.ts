import type { CanaryService } from '../catalog/canary-fields.ts'
import { isRecord, scalarText, type FileObject } from './file-objects.ts'

// What Flagger reads from the target workload: pkg/canary/deployment_controller.go getSelectorLabel (the first
// of the controller's --selector-labels, default "app,name,app.kubernetes.io/name", found in
// spec.selector.matchLabels) and pkg/canary/util.go getPorts (portDiscovery).

/** Flagger's default --selector-labels, in the order it tries them. */
export const defaultSelectorLabels = ['app', 'name', 'app.kubernetes.io/name'] as const

/** The selector label Flagger takes from the workload, or its error when matchLabels holds none. */
export function selectorLabelOf(target: FileObject): { key: string; value: string } | { error: string } {
  const spec = isRecord(target.data.spec) ? target.data.spec : {}
  const selector = isRecord(spec.selector) ? spec.selector : {}
  const labels = isRecord(selector.matchLabels) ? selector.matchLabels : {}
  for (const key of defaultSelectorLabels) {
    const value = labels[key]
    if (value !== undefined) return { key, value: scalarText(value) }
  }
  const meta = isRecord(target.data.metadata) ? target.data.metadata : {}
  const kind = String(target.data.kind).toLowerCase()
  return {
    error: `${kind} ${scalarText(meta.name)}.${scalarText(meta.namespace)} spec.selector.matchLabels must contain one of [${defaultSelectorLabels.join(' ')}]`,
  }
}

/** One port portDiscovery adds to every Service, with the container it came from. */
export interface DiscoveredPort {
  readonly name: string
  readonly port: number
  readonly container: string
}

// util.go: the service mesh proxies' ports are never discovered.
const sidecars = new Set(['istio-proxy', 'envoy'])

/** util.go getPorts excludes the port the Services already have: service.targetPort (by number or name), else service.port. */
function isServicePort(service: CanaryService, port: Record<string, unknown>): boolean {
  const target = service.targetPort
  if (target === undefined || String(target) === '0') return port.containerPort === service.port
  return typeof target === 'number' ? port.containerPort === target : port.name === target
}

/** util.go getPorts: the containers' ports by name (tcp-<container>-<index> when unnamed), sorted by port. */
export function discoveredPorts(target: FileObject, service: CanaryService): DiscoveredPort[] {
  const spec = isRecord(target.data.spec) ? target.data.spec : {}
  const template = isRecord(spec.template) && isRecord(spec.template.spec) ? spec.template.spec : {}
  const containers = Array.isArray(template.containers) ? template.containers.filter(isRecord) : []
  // Go map: a later container port of the same name replaces the earlier one.
  const byName = new Map<string, DiscoveredPort>()
  for (const container of containers) {
    const name = scalarText(container.name)
    if (sidecars.has(name) || !Array.isArray(container.ports)) continue
    container.ports.filter(isRecord).forEach((p, i) => {
      if (typeof p.containerPort !== 'number' || isServicePort(service, p)) return
      const portName = typeof p.name === 'string' && p.name !== '' ? p.name : `tcp-${name}-${i}`
      byName.set(portName, { name: portName, port: p.containerPort, container: name })
    })
  }
  // Flagger appends them in Go map order (random); it compares Services with ports sorted by number, so we show that order.
  return [...byName.values()].sort((a, b) => a.port - b.port || (a.name < b.name ? -1 : 1))
}
