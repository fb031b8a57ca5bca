import { describe, expect, it } from 'vitest'
import { strategyChoices } from '../../core/strategy/strategy-choices.ts'
import { commentedCanary, templateFor } from '../../core/strategy/strategy-fixtures.test-support.ts'
import { memoryIo } from '../cli-io.ts'
import { runCli } from '../main.ts'

async function run(argv: string[], files: Record<string, string>) {
  const io = memoryIo(files)
  const code = await runCli(argv, io)
  return { code, out: io.out, err: io.err }
}

describe('cli strategy', () => {
  it.each(strategyChoices.map((c) => [c.id, c] as const))(
    'prints the Canary switched to %s: lint clean, its timeline reports it',
    async (id, choice) => {
      const from = id === 'ab-testing' ? 'canary' : 'ab-testing'
      const switched = await run(['strategy', 'c.yaml', id], { 'c.yaml': commentedCanary(from) })
      expect(switched.code).toBe(0)
      expect(switched.out).toContain('# podinfo canary, owned by the web team\n')
      expect(switched.err).toMatch(new RegExp(`^strategy: .+ → ${choice.title.replace(/[()/]/g, '\\$&')}\n(  .+\n)+$`))
      const lint = await run(['lint', '-'], { '-': switched.out })
      expect(lint).toEqual({ code: 0, out: '0 error(s), 0 warning(s), 0 info\n', err: '' })
      const timeline = await run(['timeline', '-', '--format', 'json'], { '-': switched.out })
      expect(JSON.parse(timeline.out)).toMatchObject(choice.timeline)
    },
  )

  it('reads standard input and lists the changes on stderr', async () => {
    const result = await run(['strategy', '-', 'blue-green'], { '-': templateFor['ab-testing'] })
    expect(result.code).toBe(0)
    expect(result.err).toBe(
      'strategy: A/B testing → Blue/green\n' +
        '  Removed analysis.match: [{headers: {x-canary: {exact: insider}}}, {headers: {cookie: {regex: …\n',
    )
    expect(result.out).not.toContain('match:')
  })

  it('prints the document unchanged when it already runs that strategy', async () => {
    const result = await run(['strategy', 'c.yaml', 'blue-green'], { 'c.yaml': templateFor['blue-green'] })
    expect(result).toEqual({
      code: 0,
      out: templateFor['blue-green'],
      err: 'strategy: already Blue/green; nothing changed\n',
    })
  })

  it.each([
    [['strategy', 'c.yaml'], /expected 2 arguments, got 1/],
    [['strategy', 'c.yaml', 'canary', 'x'], /expected 2 arguments, got 3/],
    [['strategy', 'c.yaml', 'bluegreen'], /unknown strategy "bluegreen" \(one of: canary, canary-session-affinity, /],
    [['strategy', 'missing.yaml', 'canary'], /cannot read missing.yaml/],
    [['strategy', 'bad.yaml', 'canary'], /^strategy: bad.yaml:\d+:\d+: /],
    [['strategy', 'other.yaml', 'canary'], /no Canary document/],
    [['strategy', 'k8s.yaml', 'ab-testing'], /provider kubernetes only swaps Services/],
  ])('exits 2 with a message and no output: %j', async (argv, message) => {
    const result = await run(argv, {
      'c.yaml': templateFor.canary,
      'bad.yaml': 'kind: Canary\nspec: [\n',
      'other.yaml': 'kind: Deployment\n',
      'k8s.yaml': templateFor['blue-green'].replace('provider: istio', 'provider: kubernetes'),
    })
    expect(result.code).toBe(2)
    expect(result.err).toMatch(message)
    expect(result.out).toBe('')
  })
})
