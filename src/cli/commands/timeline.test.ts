import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const ex1 = `# Ex1 of flagger-semantics.md §a.9
apiVersion: flagger.app/v1beta1
kind: Canary
metadata: { name: podinfo, namespace: test }
spec:
  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }
  service: { port: 9898 }
  analysis:
    interval: 1m
    threshold: 3
    maxWeight: 50
    stepWeight: 10
    metrics:
      - name: request-success-rate
        thresholdRange: { min: 99 }
    webhooks:
      - name: load-test
        url: http://flagger-loadtester.test/
`

async function run(args: string[], files: Record<string, string> = { 'ex1.yaml': ex1 }) {
  const io = memoryIo(files)
  const code = await runCli(['timeline', ...args], io)
  return { code, out: io.out, err: io.err }
}

describe('cli timeline', () => {
  it('--format json prints exactly the documented shape', async () => {
    const { code, out } = await run(['ex1.yaml', '--format', 'json'])
    expect(code).toBe(0)
    const json = JSON.parse(out) as Record<string, unknown> & { ticks: Record<string, unknown>[] }
    expect(Object.keys(json)).toEqual([
      'strategy',
      'mirror',
      'sessionAffinity',
      'intervalSeconds',
      'ticks',
      'outcome',
      'promotedAtSeconds',
      'finishedAtSeconds',
    ])
    expect(json).toMatchObject({
      strategy: 'canary',
      mirror: false,
      sessionAffinity: false,
      intervalSeconds: 60,
      outcome: 'promoted',
      promotedAtSeconds: 360,
      finishedAtSeconds: 480,
    })
    expect(Object.keys(json.ticks[2] ?? {})).toEqual([
      'tick',
      'atSeconds',
      'phase',
      'hooks',
      'analysis',
      'primaryWeight',
      'canaryWeight',
      'mirrored',
      'failedChecks',
      'iterations',
    ])
    expect(json.ticks[2]).toEqual({
      tick: 2,
      atSeconds: 120,
      phase: 'Progressing',
      hooks: ['rollout'],
      analysis: true,
      primaryWeight: 80,
      canaryWeight: 20,
      mirrored: false,
      failedChecks: 0,
      iterations: 0,
    })
  })

  it('--fail-from K rolls back where Flagger would', async () => {
    const { code, out } = await run(['ex1.yaml', '--fail-from=3', '--format=json'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ outcome: 'rolled-back', promotedAtSeconds: null, finishedAtSeconds: 360 })
  })

  it('text: an aligned table and the summary', async () => {
    const { code, out } = await run(['ex1.yaml'])
    expect(code).toBe(0)
    const lines = out.split('\n')
    expect(lines[0]).toMatch(
      /^tick\s+time\s+phase\s+primary\/canary\s+mirrored\s+analysis\s+failedChecks\s+iterations\s+hooks$/,
    )
    expect(lines[3]).toMatch(/^T2\s+2m\s+Progressing\s+80\/20\s+passed\s+0\s+0\s+rollout$/)
    expect(lines[3]?.indexOf('80/20')).toBe(lines[0]?.indexOf('primary/canary'))
    expect(out).toContain(
      'weight rises 10 → 20 → 30 → 40 → 50 % every 1m, then promotes; earliest promotion after 6m, Succeeded after 8m',
    )
  })

  it('reads standard input with "-" and the Canary among several documents', async () => {
    const stream = `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: podinfo }\n---\n${ex1}`
    const { code, out } = await run(['-', '--format', 'json'], { '-': stream })
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ outcome: 'promoted' })
  })

  it('warns about wrong-typed fields and simulates without them', async () => {
    const { code, err, out } = await run(['ex1.yaml', '--format', 'json'], {
      'ex1.yaml': ex1.replace('threshold: 3', 'threshold: three'),
    })
    expect(code).toBe(0)
    expect(err).toContain('spec.analysis.threshold must be a whole number')
    expect(JSON.parse(out)).toMatchObject({ outcome: 'promoted' })
  })

  it.each([
    [[], 'missing <file|->'],
    [['ex1.yaml', 'other.yaml'], 'expected one file'],
    [['ex1.yaml', '--format', 'xml'], '--format must be text or json'],
    [['ex1.yaml', '--fail-from', '-1'], '--fail-from must be a tick number'],
    [['ex1.yaml', '--fail-from'], '--fail-from needs a value'],
    // Flagger scheduler.go checkCanaryStatus: tick 0 detects the revision and ends the tick before any check runs.
    [['ex1.yaml', '--fail-from', '0'], '--fail-from must be a tick number from 1 on (tick 0 detects the revision and runs no check), not "0"'],
    [['ex1.yaml', '--fail-from=0'], '--fail-from must be a tick number from 1 on'],
    [['ex1.yaml', '--verbose'], 'unknown option --verbose'],
    [['missing.yaml'], 'cannot read missing.yaml'],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const { code, err, out } = await run(args)
    expect(code).toBe(2)
    expect(err).toContain(message)
    expect(out).toBe('')
  })

  it.each([
    ['spec: [unclosed', 'invalid YAML'],
    ['- just\n- a list\n', 'No document has `kind: Canary`'],
  ])('exits 2 on input that is not a Canary: %j', async (text, message) => {
    const { code, err } = await run(['bad.yaml'], { 'bad.yaml': text })
    expect(code).toBe(2)
    expect(err).toContain(message)
  })
})

describe('cli timeline on hostile input (#18)', () => {
  // A billion iterations and 3000 rollback webhooks ran the CLI out of memory (exit 134).
  const hooks = Array.from({ length: 3000 }, (_, i) => `      - { name: h${i}, type: rollback, url: http://x/ }`).join(
    '\n',
  )
  const huge = `apiVersion: flagger.app/v1beta1
kind: Canary
metadata: { name: podinfo, namespace: test }
spec:
  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }
  service: { port: 9898 }
  analysis:
    interval: 1m
    threshold: 5
    iterations: 1000000000
    match: [{ headers: { x-canary: { exact: insider } } }]
    webhooks:
${hooks}
`
  it('answers, saying the run was cut and why', async () => {
    const text = await run(['huge.yaml'], { 'huge.yaml': huge })
    expect(text.code).toBe(0)
    expect(text.out).toMatch(
      /the simulation stops after \d+ ticks because it has logged \d+ events \(its limit is 100000\)/,
    )
    const json = await run(['huge.yaml', '--format', 'json'], { 'huge.yaml': huge })
    expect(json.code).toBe(0)
    expect(json.err).toContain('timeline: note: the run was cut short: the simulation stops after')
    expect(JSON.parse(json.out)).toMatchObject({ outcome: 'halted' })
  })
})
