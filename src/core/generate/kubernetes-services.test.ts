import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import { initialRouting } from '../model/routing.ts'
import { generateResources } from './generate-resources.ts'
import type { KubernetesService } from './istio-types.ts'

function services(service: string, targetKind = 'Deployment'): KubernetesService[] {
  const c = canaryFromYaml(`metadata: {name: web, namespace: shop}\nspec: {targetRef: {kind: ${targetKind}, name: web-app}, service: ${service}}`)
  return generateResources(c, initialRouting).filter((o): o is KubernetesService => o.kind === 'Service')
}

describe('Kubernetes Services (kubernetes_default.go reconcileService)', () => {
  it('names them after the apex (service.name) and selects by the target name', () => {
    const [canary, primary, apex] = services('{name: web, port: 80}')
    expect([canary, primary, apex].map((s) => [s?.metadata.name, s?.spec.selector, s?.metadata.labels])).toEqual([
      ['web-canary', { app: 'web-app' }, { app: 'web-canary' }],
      ['web-primary', { app: 'web-app-primary' }, { app: 'web-primary' }],
      ['web', { app: 'web-app-primary' }, { app: 'web' }],
    ])
  })

  it('writes port name, appProtocol, targetPort by name, headless and trafficDistribution in ServiceSpec order', () => {
    const [canary] = services('{port: 80, portName: grpc, appProtocol: grpc, targetPort: grpc-port, headless: true, trafficDistribution: PreferClose}')
    expect(canary?.spec).toEqual({
      ports: [{ name: 'grpc', protocol: 'TCP', appProtocol: 'grpc', port: 80, targetPort: 'grpc-port' }],
      selector: { app: 'web-app' },
      clusterIP: 'None',
      type: 'ClusterIP',
      trafficDistribution: 'PreferClose',
    })
    expect(Object.keys(canary?.spec ?? {})).toEqual(['ports', 'selector', 'clusterIP', 'type', 'trafficDistribution'])
    expect(Object.keys(canary?.spec.ports[0] ?? {})).toEqual(['name', 'protocol', 'appProtocol', 'port', 'targetPort'])
  })

  it('uses the port as targetPort when targetPort is unset or 0', () => {
    expect(services('{port: 80}')[0]?.spec.ports[0]?.targetPort).toBe(80)
    expect(services('{port: 80, targetPort: 0}')[0]?.spec.ports[0]?.targetPort).toBe(80)
  })

  it('adds each role’s own labels and annotations, the selector label winning, and the Flux annotations', () => {
    const [canary, primary, apex] = services('{port: 80, canary: {labels: {tier: c, app: x}}, primary: {annotations: {a: "1"}}, apex: {labels: {tier: a}}}')
    expect(canary?.metadata.labels).toEqual({ app: 'web-app-canary', tier: 'c' })
    expect(primary?.metadata.annotations).toEqual({ a: '1', 'helm.toolkit.fluxcd.io/driftDetection': 'disabled', 'kustomize.toolkit.fluxcd.io/reconcile': 'disabled' })
    expect(apex?.metadata.labels).toEqual({ app: 'web-app', tier: 'a' })
  })

  it('creates them for DaemonSet targets too', () => {
    expect(services('{port: 80}', 'DaemonSet')).toHaveLength(3)
  })
})
