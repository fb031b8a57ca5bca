import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const file = `apiVersion: networking.istio.io/v1alpha3
kind: Gateway
metadata:
  name: public-gateway
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  servers:
    - port: {number: 80, name: http, protocol: HTTP}
      hosts: ["*"]
---
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
  namespace: test
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service:
    port: 9898
    gateways: [istio-system/public-gateway]
    hosts: [app.example.com]
  analysis:
    interval: 1m
    threshold: 3
    maxWeight: 50
    stepWeight: 10
`

async function run(args: string[], files: Record<string, string> = { 'c.yaml': file }) {
  const io = memoryIo(files)
  const code = await runCli(['route', ...args], io)
  return { code, out: io.out, err: io.err }
}

describe('cli route', () => {
  it('answers from the internet at the first tick with traffic, as JSON', async () => {
    const { code, out } = await run([
      'c.yaml',
      '--host',
      'app.example.com',
      '--via',
      'istio-system/public-gateway',
      '--format',
      'json',
    ])
    expect(code).toBe(0)
    const json = JSON.parse(out) as Record<string, unknown>
    expect(json).toMatchObject({
      via: 'istio-system/public-gateway',
      admitted: true,
      virtualService: 'podinfo',
      routeIndex: 0,
      mirror: null,
      setCookie: null,
    })
    expect(json.workloads).toEqual([
      { name: 'podinfo-primary', percent: 90 },
      { name: 'podinfo', percent: 10 },
    ])
    expect(Object.keys(json)).toEqual([
      'via',
      'admitted',
      'virtualService',
      'routeIndex',
      'workloads',
      'mirror',
      'setCookie',
      'explanation',
    ])
  })

  it('defaults --via to mesh and explains the bypass', async () => {
    const { out } = await run(['c.yaml', '--host', 'podinfo', '--format', 'json'])
    const json = JSON.parse(out) as { workloads: unknown; explanation: string }
    expect(json.workloads).toEqual([{ name: 'podinfo-primary', percent: 100 }])
    expect(json.explanation).toContain('mesh is not among service.gateways')
  })

  it('follows --tick and prints text by default', async () => {
    const { code, out } = await run([
      'c.yaml',
      '--host',
      'app.example.com',
      '--via',
      'istio-system/public-gateway',
      '--tick',
      '3',
    ])
    expect(code).toBe(0)
    expect(out).toContain('tick 3 (primary 70 / canary 30)')
    expect(out).toMatch(/30 %\s+podinfo\s+\(Service podinfo-canary\)/)
  })

  it('reports a rejected request with empty workloads', async () => {
    const { out } = await run([
      'c.yaml',
      '--host',
      'other.example.com',
      '--via',
      'istio-system/public-gateway',
      '--format',
      'json',
    ])
    expect(JSON.parse(out)).toMatchObject({ admitted: false, workloads: [], routeIndex: null })
  })

  it('exits 2 for bad arguments and unreadable input', async () => {
    for (const args of [
      ['c.yaml'],
      ['c.yaml', '--host', 'a', '--port', 'x'],
      ['c.yaml', '--host', 'a', '--header', 'novalue'],
      ['c.yaml', '--host', 'a', '--via', 'Bad Name'],
      ['c.yaml', '--host', 'a', '--bogus', '1'],
    ]) {
      const { code, err } = await run(args)
      expect(code).toBe(2)
      expect(err).toContain('route:')
    }
    expect((await run(['missing.yaml', '--host', 'a'])).code).toBe(2)
    expect((await run(['bad.yaml', '--host', 'a'], { 'bad.yaml': 'a: [' })).code).toBe(2)
  })

  // Flagger router/istio.go getSessionAffinityRouteRules: at a split tick the weighted route's primary destination
  // sets the primary cookie and the canary destination sets the canary cookie; whichever answers sets its own.
  it('shows both Set-Cookie answers at a split tick for session affinity', async () => {
    const sticky = file + '    sessionAffinity: {cookieName: flagger-cookie, primaryCookieName: primary-cookie}\n'
    const via = ['--via', 'istio-system/public-gateway']
    const { code, out } = await run(['c.yaml', '--host', 'app.example.com', '--tick', '2', ...via], { 'c.yaml': sticky })
    expect(code).toBe(0)
    expect(out).toMatch(/podinfo-primary {2}\(Service podinfo-primary\)\n\s+Set-Cookie when podinfo-primary answers: primary-cookie=/)
    expect(out).not.toMatch(/^Set-Cookie:/m)
    expect(out).toMatch(/podinfo {2}\(Service podinfo-canary\)\n\s+Set-Cookie when podinfo answers: flagger-cookie=/)
  })
})

describe('cli route for providers other than Istio', () => {
  const linkerd = (file.split('---\n')[1] ?? '')
    .replace('spec:\n', 'spec:\n  provider: linkerd\n')
    .replace(/ {4}(gateways|hosts):.*\n/g, '')
  it('traces the TrafficSplit at the tick weights instead of 100 % primary (pkg/router/smi.go)', async () => {
    const { code, out } = await run(['c.yaml', '--host', 'podinfo', '--format', 'json'], { 'c.yaml': linkerd })
    expect(code).toBe(0)
    const json = JSON.parse(out) as { virtualService: unknown; router: unknown; workloads: unknown }
    expect(json.virtualService).toBeNull()
    expect(json.router).toEqual({ kind: 'TrafficSplit', apiVersion: 'split.smi-spec.io/v1alpha1', name: 'podinfo' })
    expect(json.workloads).toEqual([
      { name: 'podinfo-primary', percent: 90 },
      { name: 'podinfo', percent: 10 },
    ])
  })

  it('exits 2 naming the provider when its routing is not modelled', async () => {
    const { code, out, err } = await run(['c.yaml', '--host', 'podinfo'], {
      'c.yaml': linkerd.replace('provider: linkerd', 'provider: contour'),
    })
    expect([code, out]).toEqual([2, ''])
    expect(err).toContain('Provider contour')
    expect(err).toContain('HTTPProxy podinfo')
  })
})
