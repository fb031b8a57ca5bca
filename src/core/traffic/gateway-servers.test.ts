import { describe, expect, it } from 'vitest'
import { readIstioGateway } from '../gateway/istio-gateway.ts'
import { initialRouting } from '../model/routing.ts'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import { buildTrafficGraph } from './build-traffic-graph.ts'

const canary = canaryFromYaml(`apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service: {port: 9898, gateways: [istio-system/public-gateway, mesh], hosts: [app.example.com]}
  analysis: {interval: 1m, threshold: 3, maxWeight: 50, stepWeight: 10}
`)

const gateway = readIstioGateway({
  apiVersion: 'networking.istio.io/v1beta1',
  kind: 'Gateway',
  metadata: { name: 'public-gateway', namespace: 'istio-system' },
  spec: {
    selector: { istio: 'ingressgateway' },
    servers: [
      { port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] },
      { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['app.example.com'], tls: { mode: 'SIMPLE' } },
    ],
  },
})

describe('gateway servers on the diagram', () => {
  it('lists the servers of a Gateway in the file on its node', () => {
    const graph = buildTrafficGraph(canary, initialRouting, { gateways: gateway ? [gateway] : [] })
    const node = graph.nodes.find((n) => n.id === 'gateway:istio-system/public-gateway')
    expect(node?.details).toEqual(['app.example.com', 'podinfo', ':80 HTTP · *', ':443 HTTPS · app.example.com · TLS SIMPLE'])
    expect(node?.explanation).toContain('Its Gateway is in this file')
    expect(graph.nodes.find((n) => n.id === 'gateway:mesh')?.details).not.toContain(':80 HTTP · *')
  })

  it('leaves gateway nodes as they are when the Gateway is defined elsewhere', () => {
    const plain = buildTrafficGraph(canary, initialRouting)
    const withOther = buildTrafficGraph(canary, initialRouting, {
      gateways: gateway ? [{ ...gateway, name: 'other-gateway' }] : [],
    })
    expect(withOther.nodes).toEqual(plain.nodes)
  })
})
