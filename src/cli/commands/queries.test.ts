import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const canary = (metrics: string) => `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
  namespace: test
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  service: {port: 9898}
  analysis:
    interval: 1m
    threshold: 3
    stepWeight: 10
    metrics:
${metrics}`

const template = `---
apiVersion: flagger.app/v1beta1
kind: MetricTemplate
metadata:
  name: error-rate
  namespace: test
spec:
  provider: {type: prometheus, address: "http://prometheus:9090"}
  query: rate(errors{app="{{ target }}",tier="{{ variables.tier }}"}[{{ interval }}])
`

async function run(text: string, args: string[] = ['--format', 'json']) {
  const io = memoryIo({ 'c.yaml': text })
  const code = await runCli(['queries', 'c.yaml', ...args], io)
  return { code, out: io.out, err: io.err }
}

describe('cli queries', () => {
  it('prints the Istio built-ins and a rendered template as JSON', async () => {
    const { code, out } = await run(
      canary(`      - {name: request-success-rate, interval: 1m, thresholdRange: {min: 99}}
      - {name: errors, interval: 30s, templateRef: {name: error-rate}, templateVariables: {tier: web}, thresholdRange: {max: 1}}
`) + template,
    )
    expect(code).toBe(0)
    const { metrics } = JSON.parse(out) as { metrics: Record<string, unknown>[] }
    expect(metrics.map((m) => Object.keys(m))).toEqual([
      ['name', 'provider', 'interval', 'query', 'min', 'max', 'error', 'definedElsewhere'],
      ['name', 'provider', 'interval', 'query', 'min', 'max', 'error', 'definedElsewhere'],
    ])
    expect(metrics[0]).toMatchObject({
      name: 'request-success-rate',
      provider: 'istio',
      interval: '1m',
      min: 99,
      max: null,
      error: null,
    })
    expect(metrics[1]).toMatchObject({
      name: 'errors',
      provider: 'prometheus',
      interval: '30s',
      query: 'rate(errors{app="podinfo",tier="web"}[30s])',
      max: 1,
    })
  })

  it('exits 1 with the render error when a template variable is missing', async () => {
    const { code, out } = await run(
      canary('      - {name: errors, interval: 1m, templateRef: {name: error-rate}}\n') + template,
    )
    expect(code).toBe(1)
    expect(JSON.parse(out)).toMatchObject({
      metrics: [{ query: null, error: expect.stringContaining('map has no entry for key "tier"') as unknown }],
    })
  })

  it('exits 0 and says "defined elsewhere" for a templateRef to a MetricTemplate in another file', async () => {
    const { code, out } = await run(canary('      - {name: errors, interval: 1m, templateRef: {name: error-rate, namespace: flagger}}\n'), [])
    expect(code).toBe(0)
    expect(out).toContain('defined elsewhere: MetricTemplate flagger/error-rate is defined elsewhere (not in this file)')
    expect(out).not.toContain('error:')
  })

  it('prints text with the check in words', async () => {
    const { out } = await run(
      canary('      - {name: request-duration, interval: 30s, thresholdRange: {max: 500}}\n'),
      [],
    )
    expect(out).toContain('fails when the P99 request duration is above 500 ms')
    expect(out).toContain('[30s]')
  })

  it('exits 2 for bad arguments and unreadable input', async () => {
    expect((await run('kind: Canary', ['--format', 'xml'])).code).toBe(2)
    expect((await run('a: [', [])).code).toBe(2)
    const io = memoryIo()
    expect(await runCli(['queries'], io)).toBe(2)
  })
})
