import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { validateCustomResource } from '../../test-support/openapi-validate.ts'
import { hasReference, readReference, readReferenceJson, referenceExamples } from '../../test-support/shared-reference.ts'
import { canaryNode, type Canary } from '../catalog/canary-fields.ts'
import { readTyped } from '../catalog/read-typed.ts'
import { effectiveProvider } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import { generateResources } from './generate-resources.ts'
import { toYamlStream } from './yaml-stream.ts'

// Every generated VirtualService and DestinationRule must pass Istio's own CRD schema (v1beta1), unknown fields
// rejected, at several routing states: before the run, during it (with and without mirroring), after it.
const states: RoutingState[] = [
  { primaryWeight: 100, canaryWeight: 0, mirrored: false, hasPreviousAffinityCookie: false },
  { primaryWeight: 100, canaryWeight: 0, mirrored: true, hasPreviousAffinityCookie: false },
  { primaryWeight: 70, canaryWeight: 30, mirrored: false, hasPreviousAffinityCookie: false },
  { primaryWeight: 0, canaryWeight: 100, mirrored: false, hasPreviousAffinityCookie: false },
  { primaryWeight: 100, canaryWeight: 0, mirrored: false, hasPreviousAffinityCookie: true },
]

const crds = hasReference
  ? { VirtualService: readReferenceJson('istio-virtualservices-crd.json'), DestinationRule: readReferenceJson('istio-destinationrules-crd.json') }
  : undefined

function schemaErrors(canary: Canary): string[] {
  const out: string[] = []
  for (const routing of states)
    for (const o of generateResources(canary, routing)) {
      if ((o.kind !== 'VirtualService' && o.kind !== 'DestinationRule') || !crds) continue
      // Validate what `kubectl apply` would send: the YAML stream parsed back.
      const sent: unknown = parseAllDocuments(toYamlStream([o]))[0]?.toJS()
      for (const e of validateCustomResource(crds[o.kind], 'v1beta1', sent)) out.push(`${o.kind} at ${routing.canaryWeight}%: ${e.message}`)
    }
  return out
}

/** The examples INDEX.md lists as complete (CRD-valid) for the Istio provider. */
function crdValidIstioExamples(): string[] {
  return readReference('examples/INDEX.md')
    .split('\n')
    .filter((row) => row.includes('complete (CRD-valid)'))
    .map((row) => row.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells[3]?.startsWith('istio'))
    .map((cells) => cells[1] ?? '')
}

const strategies: Record<string, string> = {
  canary: 'stepWeight: 10, maxWeight: 50',
  stepWeights: 'stepWeights: [5, 10, 50]',
  'a/b': 'iterations: 5, match: [{headers: {x-canary: {exact: insider}}}, {headers: {cookie: {regex: "^(.*?;)?(canary=always)(;.*)?$"}}}]',
  'blue/green': 'iterations: 5',
  'blue/green mirror': 'iterations: 5, mirror: true, mirrorWeight: 20',
  'session affinity': 'stepWeight: 10, sessionAffinity: {cookieName: c, primaryCookieName: p, maxAge: 60, domain: example.com, httpOnly: true, sameSite: Lax, secure: true}',
}

describe.skipIf(!hasReference)('generated Istio objects pass Istio’s CRD schema (v1beta1)', () => {
  const examples = new Map(referenceExamples())

  it('for every CRD-valid Istio example, at several routing states', () => {
    const names = crdValidIstioExamples()
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) {
      const canary = readTyped<Canary>(canaryNode, parseAllDocuments(examples.get(name) ?? '')[0]?.toJS()).value ?? {}
      expect(effectiveProvider(canary), name).toBe('istio')
      expect(schemaErrors(canary), name).toEqual([])
    }
  })

  it.each(Object.entries(strategies))('for the %s strategy with every service field Flagger copies', (_, analysis) => {
    const canary = readTyped<Canary>(
      canaryNode,
      parseAllDocuments(`
metadata: {name: web, namespace: prod}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  service:
    port: 80
    targetPort: http
    portDiscovery: true
    gateways: [istio-system/public, mesh]
    hosts: [web.example.com]
    match: [{uri: {prefix: /api}, method: {exact: GET}, ignoreUriCase: true, queryParams: {v: {exact: "2"}}}]
    rewrite: {uri: /, authority: web.internal}
    timeout: 30s
    retries: {attempts: 3, perTryTimeout: 5s, retryOn: 5xx}
    headers: {request: {set: {x-a: b}, remove: [x-c]}, response: {add: {x-d: e}}}
    corsPolicy: {allowOrigins: [{prefix: https://}], allowMethods: [GET], allowCredentials: true, maxAge: 24h}
    trafficPolicy:
      tls: {mode: ISTIO_MUTUAL}
      loadBalancer: {simple: LEAST_REQUEST, warmupDurationSecs: 30s}
      connectionPool: {http: {http1MaxPendingRequests: 100, idleTimeout: 30s}}
      outlierDetection: {consecutive5xxErrors: 5, interval: 10s, baseEjectionTime: 30s, maxEjectionPercent: 50}
    apex: {labels: {team: web}, annotations: {owner: web}}
  analysis: {interval: 1m, threshold: 5, ${analysis}}
`)[0]?.toJS(),
    ).value ?? {}
    expect(schemaErrors(canary)).toEqual([])
  })

  it('would catch a field Istio does not know (the test can fail)', () => {
    const canary = readTyped<Canary>(canaryNode, { spec: { targetRef: { name: 'a' }, service: { port: 80 }, analysis: { iterations: 1, match: [{ headers: { x: { suffix: 'y' } } }] } } }).value ?? {}
    expect(schemaErrors(canary)[0]).toContain('unknown field "spec.http[0].match[0].headers.x.suffix"')
  })
})
