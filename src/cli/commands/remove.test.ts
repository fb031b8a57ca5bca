import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const canary = `apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
spec:
  analysis:
    interval: 1m
    webhooks: # before and during the rollout
      # gate the rollout
      - name: gate
        url: http://gate/ # the gate
      # generate traffic
      - name: load
        url: http://load/
`

describe('cli remove', () => {
  it('prints the document without a list item and the comments that are its own', async () => {
    const io = memoryIo({ 'c.yaml': canary })
    expect(await runCli(['remove', 'c.yaml', 'spec.analysis.webhooks[0]'], io)).toBe(0)
    expect(io.out).toBe(
      canary.replace('      # gate the rollout\n      - name: gate\n        url: http://gate/ # the gate\n', ''),
    )
    expect(io.err).toBe('')
  })

  it('leaves `[]` after the last item, from which `set` one past the end adds again', async () => {
    const first = memoryIo({ 'c.yaml': canary })
    await runCli(['remove', 'c.yaml', 'spec.analysis.webhooks[1]'], first)
    const second = memoryIo({ '-': first.out })
    expect(await runCli(['remove', '-', 'spec.analysis.webhooks[0]'], second)).toBe(0)
    expect(second.out).toContain('    webhooks: [] # before and during the rollout\n')
    expect(second.out).not.toContain('gate')
    const again = memoryIo({ '-': second.out })
    expect(await runCli(['set', '-', 'spec.analysis.webhooks[0]', '{name: smoke, url: "http://smoke/"}'], again)).toBe(
      0,
    )
    expect(again.out).toContain(
      '    webhooks: # before and during the rollout\n      - name: smoke\n        url: http://smoke/\n',
    )
  })

  it('removes a field, and prints the document unchanged when the path is absent', async () => {
    const io = memoryIo({ 'c.yaml': canary })
    await runCli(['remove', 'c.yaml', 'spec.analysis.interval'], io)
    expect(io.out).toBe(canary.replace('    interval: 1m\n', ''))
    const absent = memoryIo({ 'c.yaml': canary })
    expect(await runCli(['remove', 'c.yaml', 'spec.analysis.match[0]'], absent)).toBe(0)
    expect(absent.out).toBe(canary)
  })

  it.each([
    [['remove', 'missing.yaml', 'spec.x'], /^remove: cannot read missing.yaml/],
    [['remove', 'c.yaml', 'spec..x'], /not a field path/],
    [['remove', 'c.yaml'], /expected 2 arguments/],
    [['remove', 'c.yaml', 'metadata', 'x'], /expected 2 arguments/],
    [['remove', 'bad.yaml', 'spec.x'], /bad.yaml:\d+:\d+: /],
    [['remove', 'other.yaml', 'spec.x'], /no Canary document/],
  ])('fails with exit code 2 and a message on stderr: %j', async (argv, message) => {
    const io = memoryIo({ 'c.yaml': canary, 'bad.yaml': 'kind: Canary\nspec: [\n', 'other.yaml': 'kind: Deployment\n' })
    expect(await runCli(argv, io)).toBe(2)
    expect(io.err).toMatch(message)
    expect(io.out).toBe('')
  })
})
