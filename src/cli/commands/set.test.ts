import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const canary = `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
spec:
  analysis:
    # check every minute
    interval: 1m
    metrics:
    - name: request-success-rate
      thresholdRange:
        min: 99 # percent
`

describe('cli set', () => {
  it('prints the document with one value set, comments kept', async () => {
    const io = memoryIo({ 'c.yaml': canary })
    expect(await runCli(['set', 'c.yaml', 'spec.analysis.metrics[0].thresholdRange.min', '95'], io)).toBe(0)
    expect(io.out).toBe(canary.replace('min: 99 # percent', 'min: 95 # percent'))
    expect(io.err).toBe('')
  })

  it('reads the value as YAML: quoted strings, lists and mappings', async () => {
    const io = memoryIo({ 'c.yaml': canary })
    await runCli(['set', 'c.yaml', 'metadata.name', '"10"'], io)
    expect(io.out).toContain('  name: "10"\n')
    const list = memoryIo({ 'c.yaml': canary })
    await runCli(['set', 'c.yaml', 'spec.service.gateways', '[a, b]'], list)
    expect(list.out).toContain('spec:\n  service:\n    gateways:\n    - a\n    - b\n  analysis:\n')
    const map = memoryIo({ 'c.yaml': canary })
    await runCli(['set', 'c.yaml', 'spec.analysis.metrics[0].thresholdRange', '{min: 1, max: 2}'], map)
    expect(map.out).toContain('      thresholdRange:\n        min: 1 # percent\n        max: 2\n')
  })

  it('appends when the index is one past the end of a list, and writes into `[]` in block style', async () => {
    const io = memoryIo({ 'c.yaml': canary })
    expect(await runCli(['set', 'c.yaml', 'spec.analysis.metrics[1]', '{name: latency, interval: 1m}'], io)).toBe(0)
    expect(io.out).toBe(`${canary}    - name: latency\n      interval: 1m\n`)
    const empty = memoryIo({ 'c.yaml': canary.replace(/ {4}metrics:[\s\S]*$/, '    metrics: []\n') })
    expect(await runCli(['set', 'c.yaml', 'spec.analysis.metrics[0].name', 'latency'], empty)).toBe(0)
    expect(empty.out).toContain('    metrics:\n      - name: latency\n')
    const far = memoryIo({ 'c.yaml': canary })
    expect(await runCli(['set', 'c.yaml', 'spec.analysis.metrics[2]', '{name: x}'], far)).toBe(2)
    expect(far.err).toMatch(/metrics\[2\] does not exist: the list has 1 items/)
  })

  it('sets a header in a `- {}` match (issue 15)', async () => {
    const io = memoryIo({ 'c.yaml': canary.replace('    metrics:', '    match:\n    - {}\n    metrics:') })
    expect(await runCli(['set', 'c.yaml', 'spec.analysis.match[0].headers.x-canary', '{exact: insider}'], io)).toBe(0)
    expect(io.out).toContain('    match:\n    - headers:\n        x-canary:\n          exact: insider\n    metrics:\n')
  })

  it('reads standard input for "-"', async () => {
    const io = memoryIo({ '-': canary })
    expect(await runCli(['set', '-', 'spec.analysis.interval', '30s'], io)).toBe(0)
    expect(io.out).toContain('    # check every minute\n    interval: 30s\n')
  })

  it.each([
    [['set', 'missing.yaml', 'spec.x', '1'], /cannot read missing.yaml/],
    [['set', 'c.yaml', 'spec..x', '1'], /not a field path/],
    [['set', 'c.yaml', 'spec.x'], /expected 3 arguments/],
    [['set', 'c.yaml', 'spec.x', '[1'], /not valid YAML/],
    [['set', 'c.yaml', 'metadata.name.first', 'x'], /metadata.name holds a single value/],
    [['set', 'bad.yaml', 'spec.x', '1'], /bad.yaml:\d+:\d+: /],
    [['set', 'other.yaml', 'spec.x', '1'], /no Canary document/],
  ])('fails with exit code 2 and a message on stderr: %j', async (argv, message) => {
    const io = memoryIo({ 'c.yaml': canary, 'bad.yaml': 'kind: Canary\nspec: [\n', 'other.yaml': 'kind: Deployment\n' })
    expect(await runCli(argv, io)).toBe(2)
    expect(io.err).toMatch(message)
    expect(io.out).toBe('')
  })
})
