import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readBounded } from './read-bounded.ts'

const dir = mkdtempSync(join(tmpdir(), 'canary-read-bounded-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readBounded', () => {
  it('returns a file’s bytes as stored', () => {
    const path = join(dir, 'small.yaml')
    writeFileSync(path, 'kind: Canary\r\n')
    expect(readBounded(path).toString('utf8')).toBe('kind: Canary\r\n')
  })

  it('stops past the limit with a clear message', () => {
    const path = join(dir, 'big.yaml')
    writeFileSync(path, 'x'.repeat(3 * 1024 * 1024))
    expect(() => readBounded(path, 2 * 1024 * 1024)).toThrow('the input is larger than 2 MiB, the most the CLI reads')
    expect(readBounded(path, 4 * 1024 * 1024)).toHaveLength(3 * 1024 * 1024)
  })

  it.skipIf(!existsSync('/dev/zero'))('stops reading /dev/zero (an endless input) at the limit', () => {
    expect(() => readBounded('/dev/zero', 1024 * 1024)).toThrow('larger than 1 MiB')
  })
})

describe('cli output into a pipe closed early (| head)', () => {
  it('exits quietly, with no EPIPE stack', async () => {
    const path = join(dir, 'long.yaml')
    writeFileSync(
      path,
      'apiVersion: flagger.app/v1beta1\nkind: Canary\nmetadata: { name: p }\nspec:\n  targetRef: { apiVersion: apps/v1, kind: Deployment, name: p }\n  service: { port: 80 }\n  analysis: { interval: 1m, threshold: 5, iterations: 5000 }\n',
    )
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'timeline', path], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 60_000)
})
