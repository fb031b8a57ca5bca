import { describe, expect, it } from 'vitest'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

const canary = (analysis: string) => `# a comment line
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
  namespace: test
spec:
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: podinfo
  service:
    port: 9898
  analysis:
${analysis}`

const clean = canary(`    interval: 1m
    threshold: 5
    stepWeight: 10
`)

async function lint(text: string, ...args: string[]) {
  const io = memoryIo({ 'c.yaml': text })
  const code = await runCli(['lint', 'c.yaml', ...args], io)
  return { code, out: io.out, err: io.err }
}

describe('cli lint', () => {
  it('exits 0 and prints a summary when there is no error', async () => {
    const { code, out } = await lint(clean)
    expect(code).toBe(0)
    expect(out).toContain('0 error(s)')
  })

  it('exits 1 with JSON diagnostics carrying path, line and column', async () => {
    const { code, out } = await lint(
      canary('    interval: 1m\n    threshold: 2.5\n    stepWeight: 10\n'),
      '--format',
      'json',
    )
    expect(code).toBe(1)
    const parsed = JSON.parse(out) as { diagnostics: Record<string, unknown>[] }
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'schema-integer',
        path: 'spec.analysis.threshold',
        line: 16,
        column: 5,
      }),
    ])
  })

  it('points a missing key at its parent and keeps warnings from failing the run', async () => {
    const { code, out } = await lint(
      canary('    interval: 1m\n    threshold: 5\n    stepWeight: 60\n    maxWeight: 50\n'),
    )
    expect(code).toBe(0)
    expect(out).toMatch(/^c\.yaml:17:5: warning \[step-weight-exceeds-max-weight\]/m)
    const missing = await lint(canary('    interval: 1m\n    threshold: 5\n'), '--format', 'json')
    expect(JSON.parse(missing.out)).toEqual({
      diagnostics: [
        expect.objectContaining({ rule: 'analysis-strategy-missing', path: 'spec.analysis', line: 14, column: 3 }),
      ],
    })
  })

  it('finds the Canary in a multi-document file, with lines counted over the whole file', async () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata: {name: x}\n---\n${canary('    interval: 1m\n    threshold: 5\n    stepWeight: 0\n')}`
    const { out } = await lint(text, '--format', 'json')
    expect(JSON.parse(out)).toEqual({ diagnostics: [expect.objectContaining({ rule: 'step-weight-zero', line: 21 })] })
  })

  it('uses --mesh-provider when spec.provider is unset', async () => {
    const { out } = await lint(
      canary('    interval: 1m\n    threshold: 5\n    stepWeight: 10\n'),
      '--mesh-provider',
      'kubernetes',
    )
    expect(out).toContain('[kubernetes-provider-blue-green-only]')
  })

  it('exits 2 on unreadable input, YAML errors, no Canary, and bad arguments', async () => {
    expect((await runCli(['lint', 'missing.yaml'], memoryIo())).valueOf()).toBe(2)
    const syntax = await lint('a: [b\n')
    expect(syntax.code).toBe(2)
    expect(syntax.err).toMatch(/c\.yaml:\d+:\d+: YAML syntax error/)
    expect((await lint('kind: Service\n')).code).toBe(2)
    expect((await lint(clean, '--format', 'xml')).code).toBe(2)
    expect((await runCli(['lint'], memoryIo())).valueOf()).toBe(2)
  })
})

describe('cli schema', () => {
  it('prints the JSON Schema', async () => {
    const io = memoryIo()
    expect(await runCli(['schema'], io)).toBe(0)
    const schema = JSON.parse(io.out) as { $schema: string; properties: Record<string, unknown> }
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(Object.keys(schema.properties)).toContain('spec')
  })
})
