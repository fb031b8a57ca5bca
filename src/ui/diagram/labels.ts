import type { TrafficNode, TrafficRoute } from '../../core/traffic/traffic-graph-types.ts'
import type { Tone } from './flow-elements.ts'

// Texts and classes shared by the on-screen diagram and the exported SVG.

export function kindLabel(node: TrafficNode, tone: Tone): string {
  switch (node.kind) {
    case 'caller':
      return 'Callers'
    case 'gateway':
      return node.id === 'gateway:mesh' ? 'Mesh gateway (sidecars)' : 'Ingress gateway'
    case 'virtualservice':
      return 'VirtualService'
    case 'router':
      return node.kindText ?? 'Router'
    case 'service':
      return tone === 'primary' || tone === 'canary' ? `Service (${tone})` : 'Service (apex)'
    case 'workload':
      return `${tone === 'primary' ? 'Primary' : 'Canary'} workload`
    case 'autoscaler':
      return 'Autoscaler'
  }
}

/**
 * The kind line and name of a compact box: a gateway's namespace moves to the kind line so its name fits
 * ("Ingress gateway · istio-system" over "public-gateway"); Services say only their role.
 */
export function compactHeading(node: TrafficNode, tone: Tone): { kind: string; name: string } {
  if (node.kind === 'service')
    return {
      kind: tone === 'primary' ? 'Primary Service' : tone === 'canary' ? 'Canary Service' : 'Apex Service',
      name: node.label,
    }
  if (node.kind === 'caller')
    return { kind: 'Callers', name: node.id === 'caller:mesh' ? 'in the mesh' : 'outside the mesh' }
  const slash = node.label.indexOf('/')
  if (node.kind === 'gateway' && slash > 0)
    return { kind: `${kindLabel(node, tone)} · ${node.label.slice(0, slash)}`, name: node.label.slice(slash + 1) }
  if (node.kind === 'gateway' && node.id === 'gateway:mesh') return { kind: 'Mesh gateway', name: 'mesh (sidecars)' }
  return { kind: kindLabel(node, tone), name: node.label }
}

export const routeKindText: Record<TrafficRoute['kind'], string> = {
  'ab-match': 'match',
  default: 'default',
  'sticky-canary': 'affinity',
  'sticky-primary': 'affinity',
  'cookie-expiry': 'expiry',
  weighted: 'weights',
  tcp: 'tcp',
}

/** Edge classes: kind, colour, the route it leaves from, faded when no request takes it. */
export function edgeClass(kind: string, tone: string, active: boolean, routeKind?: string): string {
  return [
    'traffic-edge',
    `traffic-edge--${kind}`,
    `traffic-edge--${tone}`,
    routeKind ? `traffic-edge--route-${routeKind}` : '',
    active ? '' : 'traffic-edge--inactive',
  ]
    .filter(Boolean)
    .join(' ')
}

/** Labels worth printing on the arrow: weights, conditions, mirror, bypass; selectors and scaling stay in the tooltip. */
export function showsLabel(kind: string): boolean {
  return kind === 'route' || kind === 'mirror' || kind === 'bypass'
}
