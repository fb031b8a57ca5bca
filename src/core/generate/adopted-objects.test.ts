import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { validateCustomResource } from '../../test-support/openapi-validate.ts'
import { hasReference, readReferenceJson } from '../../test-support/shared-reference.ts'
import { parseDocument } from '../document/parse-document.ts'
import { initialRouting } from '../model/routing.ts'
import { planResources } from './generate-resources.ts'
import type { GeneratedObject } from './istio-types.ts'
import { provenanceOf } from './provenance.ts'
import { toYamlStream } from './yaml-stream.ts'

// Flagger v1.44 pkg/router/kubernetes_default.go reconcileService and pkg/router/istio.go reconcileVirtualService:
// an object that already exists is updated in place, never given an ownerReference (that happens on create only).

const canaryDoc = (
  service = '{port: 9898, targetPort: http, hosts: [app.example.com], apex: {labels: {tier: web}}}',
) => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service: ${service}
  analysis: {interval: 1m, threshold: 5, maxWeight: 50, stepWeight: 10}
`
const apexService = `apiVersion: v1
kind: Service
metadata:
  name: podinfo
  namespace: test
  labels: {team: storefront, app: podinfo}
  annotations: {owner: web-team}
spec:
  type: NodePort
  selector: {app: podinfo}
  ports:
    - {name: http, port: 80, targetPort: 8080, nodePort: 30080}
`
const deployment = (
  matchLabels: string,
  ports = '[{name: http, containerPort: 9898}, {name: metrics, containerPort: 9797}]',
) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: podinfo, namespace: test}
spec:
  selector: {matchLabels: ${matchLabels}}
  template:
    metadata: {labels: ${matchLabels}}
    spec:
      containers:
        - {name: podinfod, image: ghcr.io/stefanprodan/podinfo:6.0.0, ports: ${ports}}
        - {name: istio-proxy, image: istio/proxyv2, ports: [{containerPort: 15090}]}
`
const virtualService = `apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: podinfo
  namespace: test
  labels: {team: storefront}
  annotations: {owner: web-team}
spec:
  hosts: [podinfo.old.example.com]
  gateways: [istio-system/old-gateway]
  http:
    - route: [{destination: {host: podinfo}}]
`

function plan(...docs: string[]) {
  const parsed = parseDocument(docs.join('---\n'))
  if (!parsed.canary) throw new Error('no canary')
  return planResources(parsed.canary, initialRouting, { documents: parsed.documents })
}
const find = (objects: readonly GeneratedObject[], kind: string, name: string) =>
  objects.find((o) => o.kind === kind && o.metadata.name === name)

describe('an adopted apex Service (kubernetes_default.go reconcileService, update branch)', () => {
  const result = plan(canaryDoc(), apexService)
  const index = result.objects.findIndex((o) => o.kind === 'Service' && o.metadata.name === 'podinfo')
  const apex = result.objects[index] as unknown as { metadata: Record<string, unknown>; spec: Record<string, unknown> }

  it('keeps the user’s labels and annotations (only an owned Service gets its metadata replaced) plus the Flux annotations of the update', () => {
    expect(apex.metadata.labels).toEqual({ team: 'storefront', app: 'podinfo' })
    expect(apex.metadata.annotations).toEqual({
      owner: 'web-team',
      'helm.toolkit.fluxcd.io/driftDetection': 'disabled',
      'kustomize.toolkit.fluxcd.io/reconcile': 'disabled',
    })
  })

  it('gets no ownerReferences: Flagger sets them only when it creates the Service', () => {
    expect(apex.metadata.ownerReferences).toBeUndefined()
    expect(find(result.objects, 'Service', 'podinfo-primary')?.metadata.ownerReferences).toHaveLength(1)
  })

  it('has its ports and selector replaced, keeping the nodePort of the same-named port and its other spec fields', () => {
    expect(apex.spec.type).toBe('NodePort')
    expect(apex.spec.selector).toEqual({ app: 'podinfo-primary' })
    expect(apex.spec.ports).toEqual([
      { name: 'http', protocol: 'TCP', port: 9898, targetPort: 'http', nodePort: 30080 },
    ])
  })

  it('marks what Flagger overwrites, in the provenance and in a note', () => {
    expect(provenanceOf(result.provenance, index, ['spec', 'ports', 0])?.why).toMatch(/overwrit.*was 80/i)
    expect(provenanceOf(result.provenance, index, ['spec', 'selector'])?.why).toMatch(/overwrit.*was app: podinfo/i)
    expect(provenanceOf(result.provenance, index, ['metadata', 'labels'])?.why).toMatch(/kept/i)
    expect(provenanceOf(result.provenance, index, ['spec', 'ports', 0, 'nodePort'])).toMatchObject({
      origin: 'file',
      why: expect.stringMatching(/same-named port/) as unknown,
    })
    const note = result.notes.find((n) => n.rule === 'generate-adopted-service')
    expect(note?.message).toMatch(/adopted/)
    expect(note?.message).toContain('spec.ports')
    expect(note?.message).toContain('spec.selector')
    expect(result.notes.some((n) => n.rule === 'generate-selector-assumed')).toBe(true)
  })

  it('is not adopted from another namespace or under another name', () => {
    const other = plan(canaryDoc(), apexService.replace('namespace: test', 'namespace: prod'))
    expect(find(other.objects, 'Service', 'podinfo')?.metadata.ownerReferences).toHaveLength(1)
    expect(other.notes.some((n) => n.rule === 'generate-adopted-service')).toBe(false)
  })
})

describe('an adopted VirtualService (istio.go reconcileVirtualService, update branch)', () => {
  const result = plan(canaryDoc(), virtualService)
  const index = result.objects.findIndex((o) => o.kind === 'VirtualService')
  const vs = result.objects[index]

  it('gets the Canary’s spec, its labels replaced by service.apex.labels (the code, not the issue text) and no ownerReferences', () => {
    expect(vs?.metadata.ownerReferences).toBeUndefined()
    expect(vs?.metadata.labels).toEqual({ app: 'podinfo', tier: 'web' })
    expect(vs?.kind === 'VirtualService' && vs.spec.hosts).toEqual(['app.example.com', 'podinfo'])
    expect(vs?.kind === 'VirtualService' && vs.spec.gateways).toEqual(['mesh'])
  })

  it('replaces annotations, storing the old spec in flagger.kubernetes.io/original-configuration when kubectl’s annotation is absent', () => {
    const annotations = vs?.metadata.annotations ?? {}
    expect(annotations.owner).toBeUndefined()
    const original = JSON.parse(annotations['flagger.kubernetes.io/original-configuration'] ?? '{}') as {
      hosts?: string[]
    }
    expect(original.hosts).toEqual(['podinfo.old.example.com'])
  })

  it('keeps kubectl’s last-applied annotation instead of writing the original configuration', () => {
    const withKubectl = virtualService.replace(
      'annotations: {owner: web-team}',
      "annotations: {owner: web-team, kubectl.kubernetes.io/last-applied-configuration: '{}'}",
    )
    const annotations =
      plan(canaryDoc(), withKubectl).objects.find((o) => o.kind === 'VirtualService')?.metadata.annotations ?? {}
    expect(annotations['kubectl.kubernetes.io/last-applied-configuration']).toBe('{}')
    expect(annotations['flagger.kubernetes.io/original-configuration']).toBeUndefined()
  })

  it.skipIf(!hasReference)('passes Istio’s VirtualService CRD schema (v1beta1), the user’s other metadata kept', () => {
    const withFinalizer = virtualService.replace(
      '  labels: {team: storefront}',
      '  finalizers: [example.com/keep]\n  labels: {team: storefront}',
    )
    const adopted = plan(canaryDoc(), withFinalizer).objects.find((o) => o.kind === 'VirtualService')
    const sent: unknown = parseAllDocuments(toYamlStream(adopted ? [adopted] : []))[0]?.toJS()
    expect((sent as { metadata: { finalizers?: string[] } }).metadata.finalizers).toEqual(['example.com/keep'])
    expect(validateCustomResource(readReferenceJson('istio-virtualservices-crd.json'), 'v1beta1', sent)).toEqual([])
  })

  it('with delegation saves the old spec with its hosts and gateways emptied, as Flagger fetched and changed it', () => {
    const delegate = plan(canaryDoc('{port: 9898, delegation: true}'), virtualService).objects.find(
      (o) => o.kind === 'VirtualService',
    )
    const original = JSON.parse(
      delegate?.metadata.annotations?.['flagger.kubernetes.io/original-configuration'] ?? '{}',
    ) as { hosts?: string[]; gateways?: string[] }
    expect([original.hosts, original.gateways]).toEqual([[], []])
  })

  it('marks the overwritten labels, hosts and gateways', () => {
    expect(provenanceOf(result.provenance, index, ['metadata', 'labels'])?.why).toMatch(/replaced.*team: storefront/i)
    const note = result.notes.find((n) => n.rule === 'generate-adopted-virtual-service')
    expect(note?.message).toContain('podinfo.old.example.com')
    expect(note?.message).toContain('istio-system/old-gateway')
  })
})

describe('the target Deployment in the file (deployment_controller.go getSelectorLabel, util.go getPorts)', () => {
  it('supplies the selector label: the first of app, name, app.kubernetes.io/name in spec.selector.matchLabels', () => {
    const result = plan(canaryDoc(), deployment('{app.kubernetes.io/name: shop, name: podinfo-web}'))
    expect(
      find(result.objects, 'Service', 'podinfo-canary')?.kind === 'Service' &&
        (find(result.objects, 'Service', 'podinfo-canary') as { spec: { selector: unknown } }).spec.selector,
    ).toEqual({ name: 'podinfo-web' })
    expect(result.notes.some((n) => n.rule === 'generate-selector-assumed')).toBe(false)
    expect(result.notes.find((n) => n.rule === 'generate-selector-from-deployment')?.message).toContain(
      'name: podinfo-web',
    )
  })

  it('is an error when matchLabels holds none of them, as Flagger reports it', () => {
    const result = plan(canaryDoc(), deployment('{role: web}'))
    expect(result.diagnostics.find((d) => d.severity === 'error')?.message).toContain(
      'spec.selector.matchLabels must contain one of [app name app.kubernetes.io/name]',
    )
    expect(result.objects).toEqual([])
  })

  it('with portDiscovery adds its container ports (not the service port, not the sidecar’s) to every Service', () => {
    const result = plan(
      canaryDoc('{port: 9898, portDiscovery: true}'),
      deployment(
        '{app: podinfo}',
        '[{name: http, containerPort: 9898}, {name: metrics, containerPort: 9797}, {containerPort: 8125}]',
      ),
    )
    for (const name of ['podinfo-canary', 'podinfo-primary', 'podinfo']) {
      const svc = find(result.objects, 'Service', name) as {
        spec: { ports: { name: string; port: number; targetPort: unknown }[] }
      }
      expect(svc.spec.ports.map((p) => [p.name, p.port, p.targetPort])).toEqual([
        ['http', 9898, 9898],
        ['tcp-podinfod-2', 8125, 8125],
        ['metrics', 9797, 9797],
      ])
    }
    expect(result.notes.some((n) => n.rule === 'generate-port-discovery')).toBe(false)
  })
})
