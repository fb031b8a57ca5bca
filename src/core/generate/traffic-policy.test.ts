import { describe, expect, it } from 'vitest'
import { validateCustomResource } from '../../test-support/openapi-validate.ts'
import { hasReference, readReferenceJson } from '../../test-support/shared-reference.ts'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import { droppedTrafficPolicyFields, flaggerTrafficPolicy } from './traffic-policy.ts'

const policy = (yaml: string) => canaryFromYaml(`spec: {service: {trafficPolicy: ${yaml}}}`).spec?.service?.trafficPolicy ?? {}

describe('flaggerTrafficPolicy (istiov1beta1.TrafficPolicy round trip)', () => {
  it('keeps values, in the struct’s key order', () => {
    const out = flaggerTrafficPolicy(policy('{tls: {sni: a, mode: SIMPLE}, outlierDetection: {interval: 10s, consecutive5xxErrors: 0}, loadBalancer: {simple: RANDOM}}'))
    expect(out).toEqual({ loadBalancer: { simple: 'RANDOM' }, outlierDetection: { consecutive5xxErrors: 0, interval: '10s' }, tls: { mode: 'SIMPLE', sni: 'a' } })
    expect(Object.keys(out)).toEqual(['loadBalancer', 'outlierDetection', 'tls'])
    expect(Object.keys(out.tls as object)).toEqual(['mode', 'sni'])
  })

  it('drops what the struct cannot carry or omits as zero; writes fields without omitempty', () => {
    const tp = policy('{loadBalancer: {consistentHash: {httpQueryParameterName: q, httpCookie: {name: c}}, localityLbSetting: {enabled: false}}, connectionPool: {http: {maxRetries: 0}}, tls: {sni: x}}')
    expect(flaggerTrafficPolicy(tp)).toEqual({
      loadBalancer: { consistentHash: { httpCookie: { name: 'c', ttl: '' } }, localityLbSetting: {} },
      connectionPool: { http: {} },
      tls: { mode: '', sni: 'x' },
    })
    expect(droppedTrafficPolicyFields(tp).map(([path]) => path.join('.'))).toEqual(['loadBalancer.consistentHash.httpQueryParameterName', 'loadBalancer.localityLbSetting.enabled', 'tls.mode'])
  })

  it.skipIf(!hasReference)('a tls block without mode is what Istio rejects (mode "")', () => {
    const dr = { apiVersion: 'networking.istio.io/v1beta1', kind: 'DestinationRule', metadata: { name: 'a' }, spec: { host: 'a', trafficPolicy: flaggerTrafficPolicy(policy('{tls: {sni: x}}')) } }
    expect(validateCustomResource(readReferenceJson('istio-destinationrules-crd.json'), 'v1beta1', dr).map((e) => e.path)).toEqual(['spec.trafficPolicy.tls.mode'])
  })
})
