import type { ProviderName } from '../core/catalog/dsl.ts'
import type { FieldPath } from '../core/diagnostic.ts'

// One trigger and one near miss per lint rule, each a list of edits of lint-fixtures' clean Canary.

/** Set the value at a path (undefined removes it). */
export type Edit = readonly [FieldPath, unknown]
/** A rule's trigger, its near miss, and where its diagnostic must point. */
export interface Case {
  readonly trigger: readonly Edit[]
  readonly nearMiss: readonly Edit[]
  /** Where the diagnostic must point. */
  readonly at: string
  readonly provider?: ProviderName
  /** The other documents of the file with the trigger, and with the near miss (rules that read beside the Canary). */
  readonly documents?: readonly unknown[]
  readonly nearMissDocuments?: readonly unknown[]
}

const A = ['spec', 'analysis'] as const
const S = ['spec', 'service'] as const
/** A path under spec.analysis. */
export const a = (...p: (string | number)[]): FieldPath => [...A, ...p]
/** A path under spec.service. */
export const s = (...p: (string | number)[]): FieldPath => [...S, ...p]
const header = [{ headers: { 'x-canary': { exact: 'insider' } } }]
const blueGreen: Edit[] = [
  [a('stepWeight'), undefined],
  [a('maxWeight'), undefined],
  [a('iterations'), 10],
]
const steps = (list: number[]): Edit[] => [
  [a('stepWeight'), undefined],
  [a('maxWeight'), undefined],
  [a('stepWeights'), list],
]
const hook = { name: 'load-test', type: 'rollout', url: 'http://flagger-loadtester.test/' }
const cookieMatch = (regex: string): Edit[] => [
  [a('stepWeight'), undefined],
  [a('maxWeight'), undefined],
  [a('iterations'), 10],
  [a('match'), [{ headers: { cookie: { regex } } }]],
]
const virtualService = (name: string) => ({
  apiVersion: 'networking.istio.io/v1beta1',
  kind: 'VirtualService',
  metadata: { name, namespace: 'test' },
  spec: { hosts: ['podinfo.example.com'], gateways: ['istio-system/internal'], http: [{ route: [{ destination: { host: 'podinfo' } }] }] },
})
const templated = { name: 'error-rate', templateRef: { name: 'error-rate' }, thresholdRange: { max: 1 } }

// One trigger and one near miss per rule, each an edit of the clean Canary.
/** The cases, by rule id. */
export const cases: Record<string, Case> = {
  'step-weight-exceeds-max-weight': {
    trigger: [[a('stepWeight'), 60]],
    nearMiss: [[a('stepWeight'), 50]],
    at: 'spec.analysis.stepWeight',
  },
  'max-weight-not-multiple-of-step-weight': {
    trigger: [[a('stepWeight'), 20]],
    nearMiss: [[a('stepWeight'), 25]],
    at: 'spec.analysis.maxWeight',
  },
  'match-regex-invalid': {
    trigger: [...blueGreen, [a('match'), [{ headers: { cookie: { regex: '^(.*?;)?(?=canary)' } } }]]],
    nearMiss: [...blueGreen, [a('match'), [{ headers: { cookie: { regex: '^(.*?;)?(canary=always)(;.*)?$' } } }]]],
    at: 'spec.analysis.match[0].headers.cookie.regex',
  },
  'max-weight-above-100': {
    trigger: [[a('maxWeight'), 120]],
    nearMiss: [[a('maxWeight'), 100]],
    at: 'spec.analysis.maxWeight',
  },
  'step-weights-not-increasing': {
    trigger: steps([10, 10, 20]),
    nearMiss: steps([10, 11, 20]),
    at: 'spec.analysis.stepWeights[1]',
  },
  'step-weights-above-100': {
    trigger: steps([10, 50, 150]),
    nearMiss: steps([10, 50, 100]),
    at: 'spec.analysis.stepWeights[2]',
  },
  'step-weight-with-step-weights': {
    trigger: [[a('stepWeights'), [10, 20]]],
    nearMiss: steps([10, 20]),
    at: 'spec.analysis.stepWeights',
  },
  'iterations-with-step-weight': {
    trigger: [[a('iterations'), 10]],
    nearMiss: blueGreen,
    at: 'spec.analysis.iterations',
  },
  'analysis-strategy-missing': { trigger: [[a('stepWeight'), undefined]], nearMiss: blueGreen, at: 'spec.analysis' },
  'step-weight-zero': {
    trigger: [[a('stepWeight'), 0]],
    nearMiss: [[a('stepWeight'), 1]],
    at: 'spec.analysis.stepWeight',
  },
  'ab-match-without-iterations': {
    trigger: [[a('match'), header]],
    nearMiss: [...blueGreen, [a('match'), header]],
    at: 'spec.analysis.match',
  },
  'mirror-with-analysis-match': {
    trigger: [
      [a('match'), header],
      [a('mirror'), true],
    ],
    nearMiss: [[a('mirror'), true]],
    at: 'spec.analysis.mirror',
  },
  'session-affinity-with-analysis-match': {
    trigger: [
      [a('match'), header],
      [a('sessionAffinity'), { cookieName: 'c' }],
    ],
    nearMiss: [[a('sessionAffinity'), { cookieName: 'c' }]],
    at: 'spec.analysis.sessionAffinity',
  },
  'mirror-with-session-affinity': {
    trigger: [
      [a('mirror'), true],
      [a('sessionAffinity'), { cookieName: 'c' }],
    ],
    nearMiss: [[a('sessionAffinity'), { cookieName: 'c' }]],
    at: 'spec.analysis.mirror',
  },
  'mirror-weight-without-mirror': {
    trigger: [[a('mirrorWeight'), 50]],
    nearMiss: [
      [a('mirrorWeight'), 50],
      [a('mirror'), true],
    ],
    at: 'spec.analysis.mirrorWeight',
  },
  'session-affinity-ignored-by-strategy': {
    trigger: [...blueGreen, [a('sessionAffinity'), { cookieName: 'c' }]],
    nearMiss: [[a('sessionAffinity'), { cookieName: 'c' }]],
    at: 'spec.analysis.sessionAffinity',
  },
  'session-affinity-cookie-names-equal': {
    trigger: [[a('sessionAffinity'), { cookieName: 'c', primaryCookieName: 'c' }]],
    nearMiss: [[a('sessionAffinity'), { cookieName: 'c', primaryCookieName: 'p' }]],
    at: 'spec.analysis.sessionAffinity.primaryCookieName',
  },
  'duration-not-go-duration': {
    trigger: [[a('interval'), '1min']],
    nearMiss: [[a('interval'), '1m']],
    at: 'spec.analysis.interval',
  },
  'analysis-interval-below-10s': {
    trigger: [[a('interval'), '5s']],
    nearMiss: [[a('interval'), '10s']],
    at: 'spec.analysis.interval',
  },
  'threshold-range-invalid': {
    trigger: [[a('metrics', 0, 'thresholdRange'), { min: 99, max: 50 }]],
    nearMiss: [[a('metrics', 0, 'thresholdRange'), { min: 50, max: 50 }]],
    at: 'spec.analysis.metrics[0].thresholdRange',
  },
  'metric-without-bounds': {
    trigger: [[a('metrics', 1, 'thresholdRange'), undefined]],
    nearMiss: [
      [a('metrics', 1, 'thresholdRange'), undefined],
      [a('metrics', 1, 'threshold'), 500],
    ],
    at: 'spec.analysis.metrics[1].thresholdRange',
  },
  'unknown-builtin-metric': {
    trigger: [[a('metrics', 0, 'name'), 'request-succes-rate']],
    nearMiss: [
      [a('metrics', 0, 'name'), 'request-succes-rate'],
      [a('metrics', 0, 'templateRef'), { name: 'rsr' }],
    ],
    at: 'spec.analysis.metrics[0].name',
  },
  'metric-without-query': {
    trigger: [[a('metrics', 2), { name: 'error-rate', thresholdRange: { max: 1 } }]],
    nearMiss: [[a('metrics', 2), { ...templated, interval: '1m' }]],
    at: 'spec.analysis.metrics[2]',
  },
  'template-metric-without-interval': {
    trigger: [[a('metrics', 2), templated]],
    nearMiss: [[a('metrics', 2), { ...templated, interval: '1m' }]],
    at: 'spec.analysis.metrics[2].interval',
  },
  'builtin-metrics-without-load-test': {
    trigger: [[a('webhooks'), undefined]],
    nearMiss: [[a('webhooks'), [{ name: 'untyped', url: 'http://flagger-loadtester.test/' }]]],
    at: 'spec.analysis.metrics[0]',
  },
  'webhook-unknown-type': {
    trigger: [[a('webhooks', 0, 'type'), 'pre']],
    nearMiss: [[a('webhooks', 0, 'type'), 'pre-rollout']],
    at: 'spec.analysis.webhooks[0].type',
  },
  'webhook-missing-url': {
    trigger: [[a('webhooks', 0, 'url'), undefined]],
    nearMiss: [[a('webhooks', 0, 'url'), 'http://x.test/']],
    at: 'spec.analysis.webhooks[0]',
  },
  'webhook-duplicate-name': {
    trigger: [[a('webhooks', 1), hook]],
    nearMiss: [[a('webhooks', 1), { ...hook, name: 'other' }]],
    at: 'spec.analysis.webhooks[1].name',
  },
  'gateway-reference-invalid': {
    trigger: [[s('gateways', 0), 'istio-system/public/gateway']],
    nearMiss: [[s('gateways', 0), 'istio-system/public-gateway']],
    at: 'spec.service.gateways[0]',
  },
  'gateway-namespace-implicit': {
    trigger: [[s('gateways', 0), 'public-gateway']],
    nearMiss: [[s('gateways', 0), 'test/public-gateway']],
    at: 'spec.service.gateways[0]',
  },
  'external-gateway-without-mesh': {
    trigger: [[s('gateways'), ['istio-system/public-gateway']]],
    nearMiss: [[s('gateways'), ['istio-system/public-gateway', 'mesh']]],
    at: 'spec.service.gateways',
  },
  'hosts-empty-with-gateways': {
    trigger: [[s('hosts'), undefined]],
    nearMiss: [
      [s('hosts'), undefined],
      [s('gateways'), ['mesh']],
    ],
    at: 'spec.service.gateways',
  },
  'hosts-wildcard-with-mesh': {
    trigger: [[s('hosts'), ['*']]],
    nearMiss: [
      [s('hosts'), ['*']],
      [s('gateways'), ['istio-system/public-gateway']],
    ],
    at: 'spec.service.hosts[0]',
  },
  'delegation-with-hosts-or-gateways': {
    trigger: [[s('delegation'), true]],
    nearMiss: [
      [s('delegation'), true],
      [s('hosts'), undefined],
      [s('gateways'), undefined],
    ],
    at: 'spec.service.hosts',
  },
  'target-kind-unsupported': {
    trigger: [[['spec', 'targetRef', 'kind'], 'StatefulSet']],
    nearMiss: [[['spec', 'targetRef', 'kind'], 'DaemonSet']],
    at: 'spec.targetRef.kind',
  },
  'field-ignored-by-provider': {
    trigger: [[s('gatewayRefs'), [{ name: 'gw' }]]],
    nearMiss: [[s('trafficPolicy'), { tls: { mode: 'ISTIO_MUTUAL' } }]],
    at: 'spec.service.gatewayRefs',
  },
  'kubernetes-provider-blue-green-only': {
    trigger: [[['spec', 'service'], { port: 9898 }]],
    nearMiss: [[['spec', 'service'], { port: 9898 }], ...blueGreen],
    at: 'spec.analysis.stepWeight',
    provider: 'kubernetes',
  },
  'tcp-service-ignores-http-fields': {
    trigger: [
      [s('appProtocol'), 'TCP'],
      [s('retries'), { attempts: 3 }],
    ],
    nearMiss: [
      [s('appProtocol'), 'http'],
      [s('retries'), { attempts: 3 }],
    ],
    at: 'spec.service.retries',
  },
  'source-labels-without-mesh': {
    trigger: [
      [s('gateways'), ['istio-system/public-gateway']],
      [a('match'), [{ sourceLabels: { app: 'x' } }]],
    ],
    nearMiss: [[a('match'), [{ sourceLabels: { app: 'x' } }]]],
    at: 'spec.analysis.match[0].sourceLabels',
  },
  'alert-severity-empty': {
    trigger: [[a('alerts'), [{ name: 'slack', providerRef: { name: 'slack' } }]]],
    nearMiss: [[a('alerts'), [{ name: 'slack', severity: 'info', providerRef: { name: 'slack' } }]]],
    at: 'spec.analysis.alerts[0].severity',
  },
  'mirror-backend-port-required': {
    trigger: [[s('mirror'), [{ backendRef: { name: 'shadow' } }]]],
    nearMiss: [[s('mirror'), [{ backendRef: { name: 'shadow', port: 80 } }]]],
    at: 'spec.service.mirror[0].backendRef',
    provider: 'gatewayapi:v1',
  },
  // Flagger docs/gitbook/usage/deployment-strategies.md writes ^(.*?;)?(canary=always)(;.*)?$, but browsers send
  // "a=b; canary=always" (RFC 6265 §5.4: "; " between pairs).
  'cookie-regex-requires-no-space': {
    trigger: cookieMatch('^(.*?;)?(canary=always)(;.*)?$'),
    nearMiss: cookieMatch('^(.*?;\\s*)?(canary=always)(;.*)?$'),
    at: 'spec.analysis.match[0].headers.cookie.regex',
  },
  // Flagger scheduler.go maxWeight: with stepWeights the last entry is the maximum; maxWeight is not read.
  'max-weight-with-step-weights': {
    trigger: [...steps([10, 20, 40]), [a('maxWeight'), 50]],
    nearMiss: steps([10, 20, 40]),
    at: 'spec.analysis.maxWeight',
  },
  // Flagger router/istio.go reconcileVirtualService: an existing VirtualService of the apex name gets Flagger's spec.
  'virtual-service-taken-over': {
    trigger: [],
    nearMiss: [],
    documents: [virtualService('podinfo')],
    nearMissDocuments: [virtualService('podinfo-public')],
    at: 'spec.service',
  },
}
