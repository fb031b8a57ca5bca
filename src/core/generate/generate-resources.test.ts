import { isIstioVirtualService } from './istio-types.ts'
import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import { initialRouting, type RoutingState } from '../model/routing.ts'
import { generateResources, generatedProvenance, planResources } from './generate-resources.ts'
import { provenanceOf } from './provenance.ts'
import { toYamlStream } from './yaml-stream.ts'

const at = (canaryWeight: number, mirrored = false, hasPreviousAffinityCookie = false): RoutingState => ({
  primaryWeight: 100 - canaryWeight,
  canaryWeight,
  mirrored,
  hasPreviousAffinityCookie,
})

// flagger-semantics.md b.9: the istio-progressive-delivery tutorial's Canary at T3 (70/30).
const tutorial = canaryFromYaml(`
apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service:
    port: 9898
    targetPort: 9898
    gateways: [istio-system/public-gateway]
    hosts: [app.example.com]
    trafficPolicy: {tls: {mode: DISABLE}}
    retries: {attempts: 3, perTryTimeout: 1s, retryOn: "gateway-error,connect-failure,refused-stream"}
  analysis: {interval: 1m, threshold: 5, maxWeight: 50, stepWeight: 10}
`)

const owner = [{ apiVersion: 'flagger.app/v1beta1', kind: 'Canary', name: 'podinfo', uid: 'u-1', controller: true, blockOwnerDeletion: true }]
const flux = { 'helm.toolkit.fluxcd.io/driftDetection': 'disabled', 'kustomize.toolkit.fluxcd.io/reconcile': 'disabled' }

describe('generateResources: the complete example of flagger-semantics.md b.9', () => {
  const objects = generateResources(tutorial, at(30), { ownerUid: 'u-1' })
  const byName = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name)

  it('creates six objects in the order Flagger creates them', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Service/podinfo-canary',
      'Service/podinfo-primary',
      'Service/podinfo',
      'DestinationRule/podinfo-canary',
      'DestinationRule/podinfo-primary',
      'VirtualService/podinfo',
    ])
  })

  it('writes the VirtualService at 70/30, hosts with the apex appended, gateways as written, no port', () => {
    expect(byName('VirtualService', 'podinfo')).toEqual({
      apiVersion: 'networking.istio.io/v1beta1',
      kind: 'VirtualService',
      metadata: { name: 'podinfo', namespace: 'test', annotations: flux, ownerReferences: owner },
      spec: {
        hosts: ['app.example.com', 'podinfo'],
        gateways: ['istio-system/public-gateway'],
        http: [
          {
            route: [
              { destination: { host: 'podinfo-primary' }, weight: 70 },
              { destination: { host: 'podinfo-canary' }, weight: 30 },
            ],
            retries: { attempts: 3, perTryTimeout: '1s', retryOn: 'gateway-error,connect-failure,refused-stream' },
          },
        ],
      },
    })
  })

  it('writes route keys in Flagger struct order (route before retries; the spec example lists retries first)', () => {
    const vs = byName('VirtualService', 'podinfo')
    expect(vs !== undefined && isIstioVirtualService(vs) && Object.keys(vs.spec.http?.[0] ?? {})).toEqual(['route', 'retries'])
  })

  it('writes both DestinationRules with the trafficPolicy and no labels', () => {
    for (const name of ['podinfo-canary', 'podinfo-primary'])
      expect(byName('DestinationRule', name)).toEqual({
        apiVersion: 'networking.istio.io/v1beta1',
        kind: 'DestinationRule',
        metadata: { name, namespace: 'test', ownerReferences: owner },
        spec: { host: name, trafficPolicy: { tls: { mode: 'DISABLE' } } },
      })
  })

  it('writes the three Services: apex and primary select the primary pods, canary the target pods', () => {
    const expected = (name: string, selector: string) => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: 'test', labels: { app: name }, annotations: flux, ownerReferences: owner },
      spec: { ports: [{ name: 'http', protocol: 'TCP', port: 9898, targetPort: 9898 }], selector: { app: selector }, type: 'ClusterIP' },
    })
    expect(byName('Service', 'podinfo')).toEqual(expected('podinfo', 'podinfo-primary'))
    expect(byName('Service', 'podinfo-primary')).toEqual(expected('podinfo-primary', 'podinfo-primary'))
    expect(byName('Service', 'podinfo-canary')).toEqual(expected('podinfo-canary', 'podinfo'))
  })

  it('renders a YAML stream with one document per object', () => {
    const stream = toYamlStream(objects)
    expect(stream.match(/^---$/gm)).toHaveLength(6)
    expect(stream).toContain('retryOn: gateway-error,connect-failure,refused-stream\n')
    expect(stream.startsWith('---\napiVersion: v1\nkind: Service\n')).toBe(true)
  })
})

describe('provenance', () => {
  const { objects, provenance } = planResources(tutorial, at(30))
  const vsIndex = objects.findIndex((o) => o.kind === 'VirtualService')
  const drIndex = objects.findIndex((o) => o.kind === 'DestinationRule')

  it('links generated fields back to the Canary fields that made them', () => {
    expect(provenanceOf(provenance, vsIndex, ['spec', 'hosts', 0])?.from).toEqual([['spec', 'service', 'hosts', 0]])
    expect(provenanceOf(provenance, vsIndex, ['spec', 'hosts', 1])?.origin).toBe('flagger')
    expect(provenanceOf(provenance, vsIndex, ['spec', 'gateways', 0])?.from).toEqual([['spec', 'service', 'gateways']])
    expect(provenanceOf(provenance, vsIndex, ['spec', 'http', 0, 'retries', 'attempts'])?.from).toEqual([['spec', 'service', 'retries']])
    expect(provenanceOf(provenance, vsIndex, ['spec', 'http', 0, 'route', 1, 'weight'])?.origin).toBe('routing')
    expect(provenanceOf(provenance, drIndex, ['spec', 'trafficPolicy', 'tls', 'mode'])?.from).toEqual([['spec', 'service', 'trafficPolicy']])
  })

  it('is the same list generatedProvenance returns', () => {
    expect(generatedProvenance(tutorial, at(30))).toEqual(provenance)
  })
})

describe('diagnostics and notes', () => {
  it('reports the missing target name and generates nothing', () => {
    const r = planResources(canaryFromYaml('spec: {service: {port: 80}}'), initialRouting)
    expect(r.objects).toEqual([])
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['generate-missing-target'])
  })

  it('reports a missing port', () => {
    const r = planResources(canaryFromYaml('spec: {targetRef: {name: a}}'), initialRouting)
    expect(r.diagnostics.map((d) => [d.rule, d.path])).toEqual([['generate-missing-port', ['spec', 'service', 'port']]])
  })

  it('notes the assumed selector, the placeholder uid, and nothing about cookies without session affinity', () => {
    const rules = planResources(tutorial, at(30)).notes.map((n) => n.rule)
    expect(rules).toEqual(['generate-selector-assumed', 'generate-owner-uid'])
    const given = planResources(tutorial, at(30), { selectorLabel: { key: 'app.kubernetes.io/name', value: 'web' }, ownerUid: 'x' })
    expect(given.notes).toEqual([])
    const svc = given.objects[0]
    expect(svc?.kind === 'Service' && [svc.spec.selector, svc.metadata.labels]).toEqual([{ 'app.kubernetes.io/name': 'web' }, { 'app.kubernetes.io/name': 'podinfo-canary' }])
  })

  it('previews the Services and the provider’s split object, never an Istio object (smi.go Reconcile)', () => {
    const linkerd = canaryFromYaml('spec: {provider: linkerd, targetRef: {kind: Deployment, name: a}, service: {port: 80}}')
    const r = planResources(linkerd, at(10))
    expect(r.objects.map((o) => o.kind)).toEqual(['Service', 'Service', 'Service', 'TrafficSplit'])
    expect(r.notes.map((n) => n.rule)).toContain('generate-provider-split')
  })

  it('names the object an unmodelled provider splits with (ingress.go: Ingress <ingressRef>-canary)', () => {
    const nginx = canaryFromYaml('spec: {provider: nginx, ingressRef: {name: web}, targetRef: {kind: Deployment, name: a}, service: {port: 80}}')
    const r = planResources(nginx, at(10))
    expect(r.objects.map((o) => o.kind)).toEqual(['Service', 'Service', 'Service'])
    expect(r.notes.find((n) => n.rule === 'generate-provider-not-previewed')?.message).toContain('Ingress web-canary')
  })

  it('creates no Services for a Service target (no-op Kubernetes router) but still the Istio objects', () => {
    const r = planResources(canaryFromYaml('spec: {targetRef: {kind: Service, name: a}, service: {port: 80}}'), at(10))
    expect(r.objects.map((o) => o.kind)).toEqual(['DestinationRule', 'DestinationRule', 'VirtualService'])
    expect(r.notes.map((n) => n.rule)).toContain('generate-service-target')
  })

  it('warns about values Flagger alters on the way', () => {
    const c = canaryFromYaml(`
spec:
  targetRef: {name: a}
  service:
    port: 80
    retries: {retryOn: 5xx}
    corsPolicy: {allowCredentials: false}
    trafficPolicy: {tls: {sni: x}, loadBalancer: {consistentHash: {httpQueryParameterName: q}}}
  analysis: {match: [{headers: {x-user: {suffix: "@corp"}}}], iterations: 2}
`)
    expect(planResources(c, initialRouting).diagnostics.map((d) => d.rule)).toEqual([
      'generate-suffix-match',
      'generate-retries-attempts',
      'generate-cors-credentials',
      'generate-traffic-policy',
      'generate-traffic-policy',
    ])
  })
})
