// `npm run bench`: figures, not tests (it never fails on a missed target). See docs/performance.md.
//   node --import tsx bench/run.ts [--skip-build] [--quick]
// 1. builds the app into dist/ and two baselines into bench/out/ with Vite's JS API, and sizes every chunk;
// 2. serves dist/ on 127.0.0.1:4187 (gzip, like a static host) and drives headless Chromium: cold loads, then
//    hundreds of real keystrokes in the YAML and edits in the form, read back from the app's performance marks
//    (src/ui/perf-marks.ts, active only with ?perf);
// 3. times the core in Node: simulate 10,000 ticks (bench/simulate.bench.ts) and parse + validate a 1 MB document.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { cpus, loadavg } from 'node:os'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { build } from 'vite'
import { parseAllDocuments } from 'yaml'
import { analyzeText } from '../src/core/analyze.ts'
import { forgetRecentParses, parseDocument } from '../src/core/document/parse-document.ts'
import { yamlOptions } from '../src/core/document/parse-state.ts'
import { podinfoCanaryYaml } from '../src/core/samples/podinfo.ts'
import { validateCanary } from '../src/core/validate/validate-canary.ts'
import { largeCanary } from '../src/test-support/large-canary.ts'
import { chromiumPath } from '../scripts/chromium-path.ts'
import { hostileBrowserFigures, hostileNodeFigures } from './hostile.bench.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchOut = join(root, 'bench/out')
const port = Number(process.env.BENCH_PORT ?? 4187)
const args = new Set(process.argv.slice(2))
const isQuick = args.has('--quick')
const started = performance.now()

// ---------------------------------------------------------------- report rows

interface Row {
  readonly figure: string
  readonly value: string
  readonly target?: string
  readonly status?: 'pass' | 'miss'
}
const rows: Row[] = []
// Progress goes to stderr as it is measured, so a slow phase shows where it is; the table is printed at the end.
const progress = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`)
const section = (title: string) => {
  progress(title)
  rows.push({ figure: `## ${title}`, value: '' })
}
const row = (figure: string, value: string, target?: string, isMet?: boolean) => {
  progress(`  ${figure}: ${value}`)
  rows.push({ figure, value, ...(target ? { target, status: isMet ? 'pass' : 'miss' } : {}) })
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (n: number) => `${n.toFixed(1)} ms`
function percentile(values: readonly number[], q: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
}
const median = (values: readonly number[]) => percentile(values, 0.5)
/** `p50 / p95` of a list of milliseconds. */
const pair = (values: readonly number[]) => `${ms(median(values))} / ${ms(percentile(values, 0.95))}`

// ---------------------------------------------------------------- builds and sizes

const monacoDeepPathAlias = { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: 'monaco-editor/$1' }

async function buildAll(): Promise<void> {
  const quiet = { logLevel: 'warn' as const }
  await build({ root, configFile: join(root, 'vite.config.ts'), build: { manifest: true, emptyOutDir: true }, ...quiet })
  for (const name of ['react-xyflow', 'monaco-yaml']) {
    await build({
      root: join(root, 'bench/baselines', name),
      configFile: false,
      base: './',
      resolve: { alias: [monacoDeepPathAlias] },
      worker: { format: 'es' },
      build: { outDir: join(benchOut, name), emptyOutDir: true, manifest: true, target: 'es2022', chunkSizeWarningLimit: 100_000 },
      ...quiet,
    })
  }
}

interface Chunk {
  readonly file: string
  readonly raw: number
  readonly gzip: number
}
interface ManifestEntry {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestEntry>

function sizeOf(dir: string, file: string): Chunk {
  const bytes = readFileSync(join(dir, file))
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .filter((f) => !f.startsWith('.vite'))
    .sort()
}

/** The JS files a manifest entry loads statically (itself and its imports, transitively). */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const entry = manifest[key]
  if (!entry || seen.has(key)) return new Set()
  seen.add(key)
  const files = new Set([entry.file])
  for (const imported of entry.imports ?? []) for (const f of closure(manifest, imported, seen)) files.add(f)
  return files
}

interface Sizes {
  readonly chunks: Chunk[]
  readonly entry: Chunk
  readonly workers: Chunk
  /** The studio chunk(s) the shell imports at once: closure of `studioSrc` minus the entry. */
  readonly studio?: Chunk
  /** The lazy editor: closure of `lazySrc` minus the entry and the studio. */
  readonly lazy?: Chunk
}
const sum = (label: string, chunks: readonly Chunk[]): Chunk => ({
  file: label,
  raw: chunks.reduce((n, c) => n + c.raw, 0),
  gzip: chunks.reduce((n, c) => n + c.gzip, 0),
})

function sizes(dir: string, sources: { readonly studioSrc?: string; readonly lazySrc?: string } = {}): Sizes {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Manifest
  const chunks = listFiles(dir).map((f) => sizeOf(dir, f))
  const js = (files: Iterable<string>) => {
    const wanted = new Set(files)
    return chunks.filter((c) => wanted.has(c.file) && c.file.endsWith('.js'))
  }
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry) ?? 'index.html'
  const entryFiles = closure(manifest, entryKey)
  const closureOf = (src: string | undefined) => {
    const key = src ? Object.keys(manifest).find((k) => manifest[k]?.src === src) : undefined
    return key ? closure(manifest, key) : undefined
  }
  const studioAll = closureOf(sources.studioSrc)
  const studioFiles = studioAll ? [...studioAll].filter((f) => !entryFiles.has(f)) : []
  const lazyAll = closureOf(sources.lazySrc)
  const lazyFiles = lazyAll ? [...lazyAll].filter((f) => !entryFiles.has(f) && !studioAll?.has(f)) : []
  return {
    chunks,
    entry: sum('entry JS', js(entryFiles)),
    workers: sum('workers', chunks.filter((c) => /\.worker-[^/]*\.js$/.test(c.file))),
    ...(studioAll ? { studio: sum('studio JS', js(studioFiles)) } : {}),
    ...(lazyAll ? { lazy: sum('lazy editor JS', js(lazyFiles)) } : {}),
  }
}

// ---------------------------------------------------------------- a tiny static server (gzip, like a static host)

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.png': 'image/png',
}

function serve(dir: string, at = port): Promise<Server> {
  const gzipped = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = join(dir, path)
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html')
    const type = types[extname(file)] ?? 'application/octet-stream'
    const body = readFileSync(file)
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' }
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg/.test(type)) {
      const zipped = gzipped.get(file) ?? gzipSync(body, { level: 6 })
      gzipped.set(file, zipped)
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(zipped)
    } else res.writeHead(200, headers).end(body)
  })
  return new Promise((ok) => server.listen(at, '127.0.0.1', () => ok(server)))
}

// ---------------------------------------------------------------- browser

const launchArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']
const url = `http://127.0.0.1:${port}/?perf&testHooks`

type HookedWindow = Window & { __canaryStudioEditor?: { selectText: (needle: string) => boolean; setText: (text: string) => void } }

// A string, not a function: tsx's __name() wrappers must not reach the page before the shim is defined.
const markMonacoReady = `new MutationObserver((_, observer) => {
  if (!document.querySelector('.yaml-editor .view-line')) return
  performance.mark('monaco-ready')
  observer.disconnect()
}).observe(document, { subtree: true, childList: true })`

interface LoadFigures {
  fcp: number
  workspace: number
  monaco: number
  jsBeforePaint: number
  jsBeforePaintFiles: number
  jsUntilMonaco: number
}

// tsx compiles this file with esbuild's keepNames, which wraps functions in __name(): define it in the page too.
async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  await context.addInitScript('globalThis.__name = (f) => f')
  return context
}

async function coldLoad(browser: Browser): Promise<LoadFigures> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.addInitScript(markMonacoReady)
  await page.goto(url)
  await page.waitForFunction(() => performance.getEntriesByName('monaco-ready').length > 0, null, { timeout: 120_000 })
  const figures = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN
    const fcp = at('first-contentful-paint')
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => /\.js(\?|$)/.test(r.name))
    const before = scripts.filter((r) => r.responseEnd <= fcp)
    const monaco = at('monaco-ready')
    return {
      fcp,
      workspace: at('workspace-committed'),
      monaco,
      jsBeforePaint: before.reduce((n, r) => n + r.transferSize, 0),
      jsBeforePaintFiles: before.length,
      jsUntilMonaco: scripts.filter((r) => r.responseEnd <= monaco).reduce((n, r) => n + r.transferSize, 0),
    }
  })
  await context.close()
  return figures
}

/** One edit script: select a needle (cursor to its line end), then keys; every key changes the text. */
type Step = { readonly at: string; readonly keys: readonly string[] }

// Playwright's Space key does not reach Monaco's EditContext input (the space is lost), so a space is inserted as
// text. That raises no DOM event the page could time it from, so spaces are typed but not measured (reported).
const spaceKey = 'Space'
const typed = (text: string) => [...text].map((c) => (c === ' ' ? spaceKey : c))
const backspaces = (n: number) => Array.from({ length: n }, () => 'Backspace')
function retype(values: readonly string[], initial: string): string[] {
  const keys: string[] = []
  let current = initial
  for (const v of values) {
    keys.push(...backspaces(current.length), ...typed(v))
    current = v
  }
  return keys
}

function keystrokeScript(): Step[] {
  const comment = ' # typed one key at a time by the benchmark'
  const rounds = isQuick ? 1 : 2
  const steps: Step[] = []
  for (let r = 0; r < rounds; r++) {
    steps.push({ at: 'interval: 1m', keys: [...typed(comment), ...backspaces(comment.length)] })
    steps.push({ at: 'maxWeight: 50', keys: retype(['40', '30', '20', '30', '40', '50'], '50') })
    steps.push({ at: 'threshold: 3', keys: retype(['5', '2', '4', '3'], '3') })
    steps.push({ at: 'stepWeight: 10', keys: retype(['5', '20', '10'], '10') })
    steps.push({ at: 'name: podinfo', keys: [...typed('-v2'), ...backspaces(3)] })
  }
  return steps
}

// The last measure of a keystroke is `input→painted`: wait for it before the next key.
const settledCount = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('input→painted')).length)

async function waitSettled(page: Page, count: number): Promise<boolean> {
  try {
    await page.waitForFunction(
      (n) => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('input→painted')).length > n,
      count,
      { polling: 'raf', timeout: 10_000 },
    )
    return true
  } catch {
    return false
  }
}

interface Measures {
  commit: number[]
  views: number[]
  /** Only the keystrokes that changed the Canary (not comments or layout). */
  canaryViews: number[]
  painted: number[]
  lost: number
  /** Spaces, inserted as text and not measured. */
  spaces: number
  /** input → views per step of the script, in order: where the slow keys are. */
  byStep?: readonly { at: string; views: number[] }[]
}

async function readMeasures(page: Page): Promise<Measures> {
  const entries = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const))
  return {
    commit: entries.filter(([n]) => n.startsWith('input→commit')).map(([, d]) => d),
    views: entries.filter(([n]) => n.startsWith('input→views')).map(([, d]) => d),
    canaryViews: entries.filter(([n]) => n === 'input→views:canary').map(([, d]) => d),
    painted: entries.filter(([n]) => n.startsWith('input→painted')).map(([, d]) => d),
    lost: 0,
    spaces: 0,
  }
}

async function typeInYaml(page: Page, steps: readonly Step[]): Promise<Measures> {
  await page.evaluate(() => performance.clearMeasures())
  let count = 0
  let lost = 0
  let spaces = 0
  const viewsSoFar = () =>
    page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('input→views')).map((m) => m.duration))
  const byStep = new Map<string, number[]>()
  for (const step of steps) {
    const before = (await viewsSoFar()).length
    const found = await page.evaluate((n) => (window as HookedWindow).__canaryStudioEditor?.selectText(n) ?? false, step.at)
    if (!found) throw new Error(`"${step.at}" is not in the YAML`)
    await page.keyboard.press('End')
    for (const key of step.keys) {
      if (key === spaceKey) {
        await page.keyboard.insertText(' ')
        await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))))
        spaces++
        continue
      }
      await page.keyboard.press(key)
      // Each keystroke must settle before the next; the count read back is the baseline for the next one.
      if (!(await waitSettled(page, count))) lost++
      count = await settledCount(page)
    }
    progress(`  typed ${step.keys.length} keys at "${step.at}" (${lost} unmeasured so far)`)
    const views = byStep.get(step.at) ?? []
    views.push(...(await viewsSoFar()).slice(before))
    byStep.set(step.at, views)
  }
  return { ...(await readMeasures(page)), lost, spaces, byStep: [...byStep].map(([at, views]) => ({ at, views })) }
}

/**
 * Types the script twice and returns the second pass. The first pass runs the same code paths cold: the JIT has not
 * compiled them yet, so it measures the first minute after load, not typing. Its figures get their own row.
 */
async function typeWarmedUp(page: Page, steps: readonly Step[], isReported = true): Promise<Measures> {
  const cold = await typeInYaml(page, steps)
  if (isReported) {
    row(`first pass of the same keys (JIT cold, unscored): input → views, p50 / p95 (n=${cold.views.length})`, pair(cold.views))
  }
  return typeInYaml(page, steps)
}

async function editInForm(page: Page, path: string, values: readonly string[]): Promise<Measures> {
  const field = page.getByRole('region', { name: 'Form' }).locator(`[data-path="${path}"]`).locator('input').first()
  await page.evaluate(() => performance.clearMeasures())
  let lost = 0
  for (const value of values) {
    await field.click()
    await field.fill(value)
    const count = await settledCount(page)
    await field.press('Enter')
    if (!(await waitSettled(page, count))) lost++
  }
  return { ...(await readMeasures(page)), lost }
}

/** Replaces the whole text the way a person would: select all in the editor and paste from the clipboard. */
async function loadText(page: Page, text: string, lastCard: string): Promise<void> {
  // Not keyboard.insertText: Monaco takes that as typing and re-indents the 86 kB line by line for minutes.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await page.locator('.yaml-editor .view-lines').click()
  await page.keyboard.press('ControlOrMeta+a')
  const count = await settledCount(page)
  await page.keyboard.press('ControlOrMeta+v')
  await waitSettled(page, count)
  await page.locator(`.form [data-path="${lastCard}"]`).waitFor({ state: 'attached', timeout: 60_000 })
  await page.evaluate(() => performance.clearMeasures())
}

function reportMeasures(label: string, m: Measures, target?: number): void {
  const p95 = percentile(m.views, 0.95)
  const lost = (m.lost ? `, ${m.lost} unmeasured` : '') + (m.spaces ? `, ${m.spaces} spaces unmeasured` : '')
  row(`${label}: input → first commit (form, timeline; diagram props), p50 / p95`, pair(m.commit))
  row(
    `${label}: input → form, diagram and timeline updated, p50 / p95 / max (n=${m.views.length}${lost})`,
    `${pair(m.views)} / ${ms(Math.max(...m.views))}`,
    target !== undefined ? `p95 ≤ ${target} ms` : undefined,
    p95 <= (target ?? Infinity),
  )
  if (m.canaryViews.length && m.canaryViews.length < m.views.length)
    row(`${label}: … of them the ${m.canaryViews.length} that changed the Canary, p50 / p95`, pair(m.canaryViews))
  for (const step of m.byStep ?? [])
    row(`${label}: … at "${step.at}" (n=${step.views.length}), p50 / p95`, pair(step.views))
  row(`${label}: input → next frame painted, p50 / p95`, pair(m.painted))
}

async function browserFigures(): Promise<void> {
  const server = await serve(join(root, 'dist'))
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs })
  try {
    const loads: LoadFigures[] = []
    for (let i = 0; i < (isQuick ? 1 : 3); i++) {
      progress(`cold load ${i + 1}`)
      loads.push(await coldLoad(browser))
    }
    const pick = (f: (l: LoadFigures) => number) => median(loads.map(f))
    section(`First load (cold cache, median of ${loads.length}, gzip over HTTP/1.1 on 127.0.0.1)`)
    row('first contentful paint', ms(pick((l) => l.fcp)))
    row('workspace committed (form, diagram, timeline in the DOM)', ms(pick((l) => l.workspace)))
    row('Monaco ready (first .view-line)', ms(pick((l) => l.monaco)))
    row(`JS transferred before first paint (${pick((l) => l.jsBeforePaintFiles)} files)`, kB(pick((l) => l.jsBeforePaint)))
    row('JS transferred until Monaco ready (workers included)', kB(pick((l) => l.jsUntilMonaco)))

    const context = await newContext(browser)
    const page = await context.newPage()
    page.on('pageerror', (e) => console.error('page error:', e.message))
    await page.goto(url)
    await page.waitForFunction(() => (window as HookedWindow).__canaryStudioEditor !== undefined, null, { timeout: 120_000 })
    await page.waitForTimeout(1000) // let the YAML worker's first validation pass finish
    const script = keystrokeScript()
    const keys = script.reduce((n, s) => n + s.keys.length, 0)
    const formValues = Array.from({ length: isQuick ? 10 : 30 }, (_, i) => String(20 + (i % 7) * 5))

    section(`Tutorial document (${podinfoCanaryYaml.length} B): ${keys} keystrokes in the YAML, ${formValues.length} form edits`)
    reportMeasures('YAML keystroke', await typeWarmedUp(page, script), 16)
    reportMeasures('form edit (Enter) → YAML + views', await editInForm(page, 'spec.analysis.maxWeight', formValues))

    // The same keys in the bare Monaco + monaco-yaml page: what a keystroke costs there with no app around it.
    const baselineServer = await serve(join(benchOut, 'monaco-yaml'), port + 1)
    try {
      const bare = await context.newPage()
      await bare.goto(`http://127.0.0.1:${port + 1}/?perf`)
      await bare.waitForFunction(() => (window as HookedWindow).__canaryStudioEditor !== undefined, null, { timeout: 120_000 })
      await bare.evaluate((t) => (window as HookedWindow).__canaryStudioEditor?.setText(t), podinfoCanaryYaml)
      await bare.waitForTimeout(1000)
      const baseline = await typeWarmedUp(bare, script, false)
      row(`bare Monaco + monaco-yaml page, same keys: input → model changed, p50 / p95`, pair(baseline.commit))
      row(`bare Monaco + monaco-yaml page, same keys: input → next frame painted, p50 / p95`, pair(baseline.painted))
      await bare.close()
    } finally {
      baselineServer.close()
    }

    const large = largeCanary(200, 200)
    await loadText(page, large, 'spec.analysis.webhooks[199]')
    section(`Large document (200 metrics, 200 webhooks, ${kB(large.length)}): same keystrokes and form edits`)
    reportMeasures('YAML keystroke', await typeWarmedUp(page, script), 50)
    reportMeasures('form edit (Enter) → YAML + views', await editInForm(page, 'spec.analysis.maxWeight', formValues))
    await context.close()

    section('Hostile inputs of #18, opened as files (long tasks over 50 ms, read from the page)')
    await hostileBrowserFigures(browser, url, row)
  } finally {
    await browser.close()
    server.close()
  }
}

// ---------------------------------------------------------------- core in Node

function nodeFigures(): void {
  section(`Core in Node ${process.version}`)
  const sim = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/simulate.bench.ts')], { encoding: 'utf8' })
  const line = sim.stdout.split('\n').find((l) => l.startsWith('blue/green'))
  const match = line && /(\d+)\s+ticks\s+([\d.]+) ms\/run/.exec(line)
  if (match) row(`simulate ${match[1]} ticks (bench/simulate.bench.ts, blue/green + mirror)`, ms(Number(match[2])))
  else row('simulate 10,000 ticks', `see output: ${sim.stdout || sim.stderr}`)

  // The floor under a keystroke in the large document: the YAML parser alone, then our parse and full analysis.
  const large = largeCanary(200, 200)
  const timed = (runs: number, f: () => unknown) => {
    f()
    const t: number[] = []
    for (let i = 0; i < runs; i++) {
      const s = performance.now()
      f()
      t.push(performance.now() - s)
    }
    return median(t)
  }
  row(`yaml parseAllDocuments of the large document (${kB(large.length)}), median of 10`, ms(timed(10, () => parseAllDocuments(large, yamlOptions))))
  // parseDocument remembers its last parses: forget them, or the same text would be answered from memory.
  row('parseDocument of it (+ Canary typing and document index)', ms(timed(10, () => (forgetRecentParses(), parseDocument(large)))))
  // One key typed after another, each text new: a value digit, a comment letter (both re-parsed incrementally),
  // and a change the incremental re-parse declines (a new key), which parses the whole text.
  let previous = analyzeText(large)
  let key = 0
  const typedAt = (needle: string, next: (k: number) => string) => () =>
    (previous = analyzeText(large.replace(needle, next(key++)), previous))
  row('analyzeText after a value digit typed in it (incremental re-parse, validate, simulate)', ms(timed(10, typedAt('maxWeight: 50', (k) => `maxWeight: ${51 + k}`))))
  row('analyzeText after a comment letter typed in it (incremental re-parse)', ms(timed(10, typedAt('# Metric 100:', (k) => `# Metric 100${'x'.repeat(k + 1)}:`))))
  row('analyzeText after a new key typed in it (full parse)', ms(timed(10, typedAt('maxWeight: 50', (k) => `maxWeight: 50\n    k${k}: 1`))))

  const per100 = largeCanary(100, 100).length
  const n = Math.ceil((100 * 1_000_000) / per100)
  const text = largeCanary(n, n) // one document of about 1 MB
  const times = { parse: [] as number[], validate: [] as number[], analyze: [] as number[] }
  for (let i = 0; i < 3; i++) {
    forgetRecentParses()
    let t = performance.now()
    const parsed = parseDocument(text)
    times.parse.push(performance.now() - t)
    t = performance.now()
    const diagnostics = validateCanary({ canary: parsed.canary as never, raw: parsed.documents[parsed.canaryIndex]?.data, includeTypeErrors: false })
    times.validate.push(performance.now() - t)
    if (i === 0 && parsed.status !== 'ok') console.warn(`1 MB document: status ${parsed.status}, ${diagnostics.length} findings`)
    forgetRecentParses()
    t = performance.now()
    analyzeText(text)
    times.analyze.push(performance.now() - t)
  }
  row(`parse a ${kB(text.length)} document (parseDocument), median of 3`, ms(median(times.parse)))
  row('validate it (validateCanary)', ms(median(times.validate)))
  row('analyzeText (parse + validate + ranges + simulate)', ms(median(times.analyze)))

  section(`Hostile inputs of #18 in Node ${process.version}`)
  hostileNodeFigures(row)
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  console.log(`Canary Studio bench · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · load ${loadavg().map((l) => l.toFixed(1)).join(' ')} · chromium ${chromiumPath() ?? '(playwright)'}`)
  if (!args.has('--skip-build')) {
    const t = performance.now()
    await buildAll()
    console.log(`built app + 2 baselines in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }
  const app = sizes(join(root, 'dist'), { studioSrc: 'src/app/start-studio.tsx', lazySrc: 'src/ui/editor/YamlEditor.tsx' })
  const flow = sizes(join(benchOut, 'react-xyflow'))
  const monaco = sizes(join(benchOut, 'monaco-yaml'))

  section('Sizes (minified; gzip -9)')
  const both = (c: Chunk) => `${kB(c.raw)} / ${kB(c.gzip)} gz`
  const shellRatio = app.entry.gzip / flow.entry.gzip
  const monacoRatio = (app.lazy?.gzip ?? NaN) / monaco.entry.gzip
  const studio = app.studio ?? sum('studio JS', [])
  const firstView = sum('shell + studio', [app.entry, studio])
  row('app shell: entry JS (static imports of index.html: React, the workspace frame)', both(app.entry))
  row('baseline React 19 + @xyflow/react: entry JS', both(flow.entry))
  row(`app shell ÷ React+xyflow baseline (gzip; raw ${(app.entry.raw / flow.entry.raw).toFixed(2)}×)`, `${shellRatio.toFixed(2)}×`, '≤ 1.3×', shellRatio <= 1.3)
  row('studio chunk, imported by the shell at once (yaml, core, store, views, React Flow)', both(studio))
  row(
    `shell + studio (all JS of the first usable view) ÷ baseline (gzip; raw ${(firstView.raw / flow.entry.raw).toFixed(2)}×)`,
    `${(firstView.gzip / flow.entry.gzip).toFixed(2)}×`,
  )
  row('our lazy Monaco chunk(s): YamlEditor closure minus shell and studio', app.lazy ? both(app.lazy) : 'not found')
  row('baseline Monaco + monaco-yaml: main-thread JS', both(monaco.entry))
  row(`our Monaco ÷ Monaco baseline (gzip; raw ${((app.lazy?.raw ?? NaN) / monaco.entry.raw).toFixed(2)}×)`, `${monacoRatio.toFixed(2)}×`, '≤ 1.1×', monacoRatio <= 1.1)
  row('workers: ours / baseline', `${both(app.workers)} / ${both(monaco.workers)}`)

  await browserFigures()
  nodeFigures()

  const width = Math.max(...rows.map((r) => r.figure.length))
  const valueWidth = Math.max(...rows.map((r) => r.value.length))
  console.log('\nEvery chunk in dist/ (raw / gzip -9):')
  for (const c of app.chunks) console.log(`  ${c.file.padEnd(44)} ${kB(c.raw).padStart(11)} ${kB(c.gzip).padStart(11)}`)
  for (const [name, s] of [['react-xyflow', flow], ['monaco-yaml', monaco]] as const) {
    console.log(`Baseline ${name} (bench/out/${name}):`)
    for (const c of s.chunks) console.log(`  ${c.file.padEnd(44)} ${kB(c.raw).padStart(11)} ${kB(c.gzip).padStart(11)}`)
  }
  console.log('')
  for (const r of rows) {
    if (r.figure.startsWith('## ')) console.log(`\n${r.figure.slice(3)}`)
    else console.log(`  ${r.figure.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.target ? `${r.status === 'pass' ? 'pass' : 'MISS'} (${r.target})` : ''}`)
  }
  console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s. Figures, not tests: a MISS never fails the run.`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
