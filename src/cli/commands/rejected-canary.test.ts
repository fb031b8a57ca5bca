import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

// Issue #17 item 5: a Canary the API server rejects is treated the same way by every command. Flagger v1.44's CRD
// (artifacts/flagger/crd.yaml) serves only flagger.app/v1beta1 and requires spec.targetRef and spec.analysis, so
// such a Canary never reaches Flagger's controller: each command says so, halted with that reason, and exits 1.

const v1alpha3 = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../test-support/fixtures/lint/not-served-v1alpha3.yaml'),
  'utf8',
)
const served = v1alpha3.replace('flagger.app/v1alpha3', 'flagger.app/v1beta1')
const noTargetRef = served
const noAnalysis = `${served.slice(0, served.indexOf('spec:'))}spec:
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: podinfo
  service:
    port: 9898
`

const commands: string[][] = [['lint'], ['timeline'], ['generate'], ['queries'], ['route', '--host', 'podinfo']]

async function run(command: string[], text: string) {
  const io = memoryIo({ 'c.yaml': text })
  const [name, ...rest] = command
  const code = await runCli([name ?? '', 'c.yaml', ...rest], io)
  return { code, all: io.out + io.err }
}

describe('a Canary the API server rejects, in every command', () => {
  it.each(commands)('%s says apiVersion flagger.app/v1alpha3 is not served', async (...command) => {
    const { code, all } = await run(command, v1alpha3)
    expect(all).toContain('apiVersion flagger.app/v1alpha3 is not served')
    expect(code).toBe(1)
  })

  it.each(commands)('%s halts a Canary without targetRef with that reason', async (...command) => {
    const { code, all } = await run(command, noTargetRef)
    expect(all).toMatch(/spec\.targetRef is missing|`spec` needs `targetRef`/)
    expect(code).toBe(1)
  })

  it.each(commands)('%s halts a Canary without analysis with that reason', async (...command) => {
    const { code, all } = await run(command, noAnalysis)
    expect(all).toMatch(/spec\.analysis is missing|`spec` needs `analysis`/)
    expect(code).toBe(1)
  })

  it('timeline shows the halt at detection, and the others write nothing on stdout', async () => {
    expect((await run(['timeline'], v1alpha3)).all).toContain(
      'halted at detection: apiVersion flagger.app/v1alpha3 is not served',
    )
    for (const command of [['generate'], ['queries'], ['route', '--host', 'podinfo']]) {
      const io = memoryIo({ 'c.yaml': noTargetRef })
      await runCli([command[0] ?? '', 'c.yaml', ...command.slice(1)], io)
      expect(io.out).toBe('')
      expect(io.err).toContain('halted: spec.targetRef is missing')
    }
  })
})
