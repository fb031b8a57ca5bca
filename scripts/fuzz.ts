// npm run fuzz -- [--runs N] [--seed S] [--path P] [--verbose]
// Runs generated Canaries and mutated real documents through every stage of the app (src/core/fuzz/pipeline.ts)
// and prints how many cases ran. A failure prints the seed, path and shrunk case to replay: add it as a regression
// test in src/core/fuzz/regressions.test.ts.
import fc from 'fast-check'
import { fuzzCase } from '../src/core/fuzz/arbitraries.ts'
import { runPipeline, stageTimes } from '../src/core/fuzz/pipeline.ts'
import { fuzzSeeds } from '../src/test-support/fuzz-seeds.ts'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const runs = Number(arg('runs') ?? 2000)
const seed = arg('seed') !== undefined ? Number(arg('seed')) : Date.now() % 2 ** 31
const path = arg('path')
const seeds = fuzzSeeds()
const totals = { cases: 0, parsedOk: 0, edits: 0, ticks: 0, slowest: 0 }
const started = performance.now()
console.log(`fuzz: ${runs} cases, seed ${seed}, ${seeds.length} real documents to mutate`)
const result = fc.check(
  fc.property(fuzzCase(seeds), (c) => {
    const t0 = performance.now()
    const s = runPipeline(c)
    totals.slowest = Math.max(totals.slowest, performance.now() - t0)
    totals.cases++
    totals.parsedOk += s.parsedOk ? 1 : 0
    totals.edits += s.edits
    totals.ticks += s.ticks
    if (process.argv.includes('--verbose') && totals.cases % 500 === 0) console.log(`  ${totals.cases} cases…`)
  }),
  { numRuns: runs, seed, path, endOnFailure: false },
)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `fuzz: ${result.numRuns} cases run (+${result.numShrinks} shrinks) in ${seconds} s; ${totals.parsedOk} reached every stage, ` +
    `${totals.edits} edits applied, ${totals.ticks} ticks simulated, slowest case ${totals.slowest.toFixed(0)} ms`,
)
if (process.argv.includes('--verbose'))
  for (const [stage, ms] of [...stageTimes].sort((a, b) => b[1] - a[1])) console.log(`  ${stage.padEnd(28)} ${ms.toFixed(0)} ms`)
if (result.failed) {
  console.error(fc.defaultReportMessage(result) ?? 'failed')
  console.error(`replay: npm run fuzz -- --seed ${result.seed} --path ${result.counterexamplePath ?? ''} --runs ${runs}`)
  process.exit(1)
}
