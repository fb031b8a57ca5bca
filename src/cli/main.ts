import type { CliCommand, CliIo } from './cli-io.ts'
import { nodeIo } from './cli-io.ts'

// One file per command in ./commands; each is a thin shell over src/core.
const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  generate: () => import('./commands/generate.ts'),
  lint: () => import('./commands/lint.ts'),
  queries: () => import('./commands/queries.ts'),
  remove: () => import('./commands/remove.ts'),
  route: () => import('./commands/route.ts'),
  schema: () => import('./commands/schema.ts'),
  set: () => import('./commands/set.ts'),
  strategy: () => import('./commands/strategy.ts'),
  timeline: () => import('./commands/timeline.ts'),
}

const usage = `Canary Studio CLI
usage: npm run --silent cli -- <command> [args]
commands: ${Object.keys(commands).sort().join(', ') || '(none yet)'}`

/** Runs one CLI invocation; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage + '\n')
    return name === undefined ? 2 : 0
  }
  const load = commands[name]
  if (!load) {
    io.stderr(`unknown command "${name}"\n${usage}\n`)
    return 2
  }
  const { command } = await load()
  return command(rest, io)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `cli … | head` closes the pipe early: stop quietly instead of dumping an EPIPE stack.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
  runCli(process.argv.slice(2), nodeIo)
    .then((code) => {
      process.exitCode = code
    })
    .catch((err: unknown) => {
      process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`)
      process.exitCode = 2
    })
}
