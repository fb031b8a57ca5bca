import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const canary = `apiVersion: flagger.app/v1beta1
kind: Canary
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service: {port: 9898, gateways: [istio-system/public-gateway], hosts: [app.example.com]}
  analysis: {interval: 1m, threshold: 5, maxWeight: 50, stepWeight: 10}
`

async function run(args: string[], files: Record<string, string> = { 'c.yaml': canary }) {
  const io = memoryIo(files)
  const code = await runCli(['generate', ...args], io)
  return { code, out: io.out, err: io.err }
}

const weightsOf = (out: string) => {
  const vs = parseAllDocuments(out)
    .map((d) => d.toJS() as { kind: string; spec: { http: { route: { weight: number }[] }[] } })
    .find((o) => o.kind === 'VirtualService')
  return vs?.spec.http[0]?.route.map((d) => d.weight)
}

describe('cli generate', () => {
  it('prints the six objects as a YAML stream at the first tick the canary gets traffic', async () => {
    const { code, out, err } = await run(['c.yaml'])
    expect(code).toBe(0)
    const kinds = parseAllDocuments(out).map((d) => (d.toJS() as { kind: string }).kind)
    expect(kinds).toEqual(['Service', 'Service', 'Service', 'DestinationRule', 'DestinationRule', 'VirtualService'])
    expect(weightsOf(out)).toEqual([90, 10])
    expect(out.startsWith('# What Flagger writes for Canary podinfo after tick T')).toBe(true)
    expect(err).toContain('note: spec.targetRef.name: The Service selectors assume')
  })

  it('--tick N uses the timeline’s routing at tick N', async () => {
    expect(weightsOf((await run(['c.yaml', '--tick', '0'])).out)).toEqual([100, 0])
    const third = await run(['c.yaml', '--tick=3'])
    expect(third.out).toContain('after tick T3')
    expect(weightsOf(third.out)).toEqual([70, 30]) // flagger-semantics.md b.9: T3 is 70/30
  })

  it('exits 2 on bad arguments and unreadable input, printing nothing on stdout', async () => {
    for (const args of [
      [],
      ['c.yaml', '--tick', 'x'],
      ['c.yaml', '--tick'],
      ['c.yaml', '--frobnicate'],
      ['c.yaml', 'd.yaml'],
      ['missing.yaml'],
      ['c.yaml', '--tick', '999'],
    ]) {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.out).toBe('')
    }
    const bad = await run(['bad.yaml'], { 'bad.yaml': 'a: [' })
    expect([bad.code, bad.err]).toEqual([2, expect.stringMatching(/^generate: error: bad\.yaml:\d+:\d+: /) as string])
    const notCanary = await run(['svc.yaml'], { 'svc.yaml': 'kind: Service\n' })
    expect([notCanary.code, notCanary.err]).toEqual([
      2,
      expect.stringContaining('No document has `kind: Canary`') as string,
    ])
    expect((await run(['empty.yaml'], { 'empty.yaml': '' })).code).toBe(2)
  })

  it('exits 1 with Flagger’s error when the Canary cannot be generated as written', async () => {
    const r = await run(['d.yaml'], {
      'd.yaml': canary.replace('hosts: [app.example.com]', 'hosts: [app.example.com], delegation: true'),
    })
    expect(r.code).toBe(1)
    expect(r.err).toContain('cannot have hosts and gateways when delegation enabled')
    expect(r.out).not.toContain('kind: VirtualService')
  })

  it('adopts the apex Service in the file and reads the Deployment for the selector label (kubernetes_default.go reconcileService)', async () => {
    const file = `${canary}---
apiVersion: v1
kind: Service
metadata: {name: podinfo, namespace: test, labels: {team: storefront}}
spec: {type: LoadBalancer, selector: {name: podinfo}, ports: [{name: http, port: 80, targetPort: 9898}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: podinfo, namespace: test}
spec:
  selector: {matchLabels: {name: podinfo}}
  template: {metadata: {labels: {name: podinfo}}, spec: {containers: [{name: app, image: podinfo, ports: [{containerPort: 9898}]}]}}
`
    const { code, out, err } = await run(['c.yaml'], { 'c.yaml': file })
    expect(code).toBe(0)
    const objects = parseAllDocuments(out).map(
      (d) =>
        d.toJS() as {
          kind: string
          metadata: { name: string; labels?: object; ownerReferences?: unknown[] }
          spec: { selector?: object; type?: string }
        },
    )
    const apex = objects.find((o) => o.kind === 'Service' && o.metadata.name === 'podinfo')
    expect(apex?.metadata.ownerReferences).toBeUndefined()
    expect(apex?.metadata.labels).toEqual({ team: 'storefront' })
    expect(apex?.spec).toMatchObject({ type: 'LoadBalancer', selector: { name: 'podinfo-primary' } })
    expect(objects.find((o) => o.metadata.name === 'podinfo-canary')?.spec.selector).toEqual({ name: 'podinfo' })
    expect(err).toContain(
      'Service podinfo (document 2 of this file) is adopted: Flagger updates it in place and adds no ownerReference',
    )
    expect(err).toContain('It overwrites spec.ports (was 80 → 9898 (http)) and spec.selector (was name: podinfo)')
    expect(err).toContain(
      'The Service selectors use name: podinfo from the spec.selector.matchLabels of Deployment podinfo',
    )
    expect(err).not.toContain('The Service selectors assume')
  })
})
