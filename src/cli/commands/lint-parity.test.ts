import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../core/analyze.ts'
import { formatPath } from '../../core/diagnostic.ts'
import { referenceExamples } from '../../test-support/shared-reference.ts'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

// Issue #17 item 4, one core, one answer: `lint` in CI reports exactly what the app's Problems panel shows for the
// same file (the app's path is analyzeText → Analysis.diagnostics, the store's only call into core).

const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '../../test-support/fixtures/lint')
const fixtures: [string, string][] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => [f, readFileSync(join(fixtureDir, f), 'utf8')])

interface Row {
  readonly severity: string
  readonly rule: string
  readonly message: string
  readonly path: string
  readonly line: number
  readonly column: number
}
const key = (r: Row): string => `${r.line}:${r.column} ${r.severity} ${r.rule} ${r.path} ${r.message}`

function appFindings(text: string): string[] {
  return analyzeText(text)
    .diagnostics.map((d) => ({
      severity: d.severity,
      rule: d.rule,
      message: d.message,
      path: formatPath(d.path ?? []),
      line: d.range?.start.line ?? 1,
      column: d.range?.start.column ?? 1,
    }))
    .map(key)
    .sort()
}

async function cliFindings(text: string): Promise<string[] | undefined> {
  const io = memoryIo({ 'c.yaml': text })
  const code = await runCli(['lint', 'c.yaml', '--format', 'json'], io)
  if (code === 2) return undefined
  return (JSON.parse(io.out) as { diagnostics: Row[] }).diagnostics.map(key).sort()
}

describe('cli lint and the app report the same findings', () => {
  it.each(fixtures)('%s', async (_, text) => {
    const cli = await cliFindings(text)
    expect(cli).toEqual(appFindings(text))
    expect(cli?.length).toBeGreaterThan(0)
  })

  it('the Gateway that admits none of the hosts is reported by both', async () => {
    const text = fixtures.find(([f]) => f === 'gateway-admits-no-host.yaml')?.[1] ?? ''
    expect((await cliFindings(text))?.some((row) => row.includes('gateway-admits-no-canary-host'))).toBe(true)
  })

  const examples = referenceExamples()
  it.skipIf(examples.length === 0).each(examples)('reference example %s', async (_, text) => {
    const cli = await cliFindings(text)
    if (cli !== undefined) expect(cli).toEqual(appFindings(text))
  })
})
