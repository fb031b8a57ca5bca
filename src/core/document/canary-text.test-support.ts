import fc from 'fast-check'
import type { FieldPath } from '../diagnostic.ts'
import { blockLiteral, canBlockLiteral, isPlainSafe } from './quoting.ts'

// Generated Canary documents written the way people write them: comments above keys and after values, blank
// lines, all three quoting styles, either list style, 2 or 4 spaces, LF or CRLF, with or without a final break.

/** A generated document: its plain data, its text, and every comment token in it. */
export interface CanaryText {
  readonly data: Record<string, unknown>
  readonly text: string
  readonly comments: readonly string[]
  readonly eol: '\n' | '\r\n'
}

const name = fc.constantFrom('podinfo', 'web', 'api-gateway', 'checkout')
const word = fc.constantFrom(
  'plain',
  "it's",
  'say "hi"',
  '10',
  'yes',
  'a: b',
  'x #y',
  '#tag',
  'on',
  '0777',
  'ok-ish',
  'tab\tin',
  'é ü',
)
// No `|+` texts here: a blank line the writer puts after one would become part of it.
const note = fc.oneof(
  word,
  fc.constantFrom('first line\nsecond line\n', 'no break\n  indented', 'x: y\n# not a comment'),
)
const metric = fc.record(
  {
    name: fc.constantFrom('request-success-rate', 'request-duration', 'error-rate'),
    interval: fc.constantFrom('1m', '30s'),
    thresholdRange: fc.record(
      { min: fc.integer({ min: 0, max: 99 }), max: fc.integer({ min: 100, max: 999 }) },
      { requiredKeys: ['min'] },
    ),
    'x-note': note,
  },
  { requiredKeys: ['name'] },
)

/** Plain data of a Canary with optional parts and unknown fields. */
export const canaryData = fc.record({
  apiVersion: fc.constant('flagger.app/v1beta1'),
  kind: fc.constant('Canary'),
  metadata: fc.record(
    {
      name,
      namespace: fc.constantFrom('test', 'prod'),
      labels: fc.dictionary(fc.constantFrom('app', 'team', 'tier'), word, { minKeys: 1, maxKeys: 2 }),
    },
    { requiredKeys: ['name'] },
  ),
  spec: fc.record(
    {
      provider: fc.constant('istio'),
      targetRef: fc.record({ apiVersion: fc.constant('apps/v1'), kind: fc.constant('Deployment'), name }),
      service: fc.record(
        {
          port: fc.integer({ min: 1, max: 65535 }),
          gateways: fc.array(word, { minLength: 1, maxLength: 3 }),
          hosts: fc.array(name, { minLength: 1, maxLength: 2 }),
        },
        { requiredKeys: ['port'] },
      ),
      analysis: fc.record(
        {
          interval: fc.constantFrom('1m', '30s'),
          threshold: fc.integer({ min: 1, max: 10 }),
          maxWeight: fc.integer({ min: 10, max: 100 }),
          stepWeight: fc.integer({ min: 1, max: 50 }),
          metrics: fc.array(metric, { minLength: 1, maxLength: 3 }),
          'x-team': note,
        },
        { requiredKeys: ['interval'] },
      ),
    },
    { requiredKeys: ['targetRef'] },
  ),
})

/** A tiny seeded random source, so one fast-check integer decides every decoration (and shrinks). */
function randomSource(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Writer {
  readonly lines: string[]
  readonly comments: string[]
  readonly random: () => number
  readonly step: number
  readonly sequenceIndent: number
}

function comment(w: Writer): string {
  const token = `# note${w.comments.length}`
  w.comments.push(token)
  return token
}

function scalar(w: Writer, value: unknown): string {
  if (typeof value !== 'string') return String(value)
  const pick = w.random()
  if (pick < 0.5 && isPlainSafe(value)) return value
  if (pick < 0.75 && !/[\t\n]/.test(value)) return `'${value.replaceAll("'", "''")}'`
  return JSON.stringify(value)
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function decorateAbove(w: Writer, column: number): void {
  if (w.random() < 0.12) w.lines.push('')
  if (w.random() < 0.25) w.lines.push(`${' '.repeat(column)}${comment(w)}`)
}

function writePair(w: Writer, key: string, value: unknown, column: number, decorate = true): void {
  if (decorate) decorateAbove(w, column)
  const head = `${' '.repeat(column)}${key}:`
  const tail = (): string => (w.random() < 0.3 ? ` ${comment(w)}` : '')
  if (Array.isArray(value)) {
    w.lines.push(head + tail())
    for (const item of value) writeItem(w, item, column + w.sequenceIndent)
  } else if (isObject(value)) {
    w.lines.push(head + tail())
    writeMap(w, value, column + w.step)
  } else if (typeof value === 'string' && canBlockLiteral(value) && w.random() < 0.7) {
    const literal = blockLiteral(value, column + w.step, '\n', column) ?? ''
    const [header = '', ...body] = literal.split('\n')
    w.lines.push(`${head} ${header}${tail()}`, ...body)
  } else w.lines.push(`${head} ${scalar(w, value)}${tail()}`)
}

function writeMap(w: Writer, map: Record<string, unknown>, column: number, firstDecorated = true): void {
  Object.entries(map).forEach(([k, v], i) => writePair(w, k, v, column, firstDecorated || i > 0))
}

function writeItem(w: Writer, item: unknown, dashColumn: number): void {
  decorateAbove(w, dashColumn)
  if (!isObject(item)) {
    w.lines.push(`${' '.repeat(dashColumn)}- ${scalar(w, item)}${w.random() < 0.3 ? ` ${comment(w)}` : ''}`)
    return
  }
  const first = w.lines.length
  writeMap(w, item, dashColumn + 2, false)
  w.lines[first] = `${' '.repeat(dashColumn)}- ${(w.lines[first] ?? '').slice(dashColumn + 2)}`
}

/** Writes plain data as decorated YAML text. */
export function writeCanaryText(data: Record<string, unknown>, seed: number): CanaryText {
  const random = randomSource(seed)
  const step = random() < 0.8 ? 2 : 4
  const w: Writer = { lines: [], comments: [], random, step, sequenceIndent: random() < 0.5 ? 0 : step }
  if (random() < 0.5) w.lines.push(comment(w))
  writeMap(w, data, 0)
  const eol = random() < 0.2 ? '\r\n' : '\n'
  const finalBreak = random() < 0.85 ? eol : ''
  return { data, text: w.lines.join(eol) + finalBreak, comments: w.comments, eol }
}

/** Generated decorated Canary texts. */
export const canaryText = fc.tuple(canaryData, fc.integer()).map(([data, seed]) => writeCanaryText(data, seed))

/** Every path in plain data (mappings, lists and leaves), root excluded. */
export function allPaths(value: unknown, prefix: FieldPath = []): FieldPath[] {
  if (Array.isArray(value)) return value.flatMap((v: unknown, i) => [[...prefix, i], ...allPaths(v, [...prefix, i])])
  if (isObject(value))
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])])
  return []
}

/** Paths a form may set that are absent from `data`, including appends to existing lists. */
export function missingPaths(data: Record<string, unknown>): FieldPath[] {
  const candidates: FieldPath[] = [
    ['spec', 'provider'],
    ['spec', 'skipAnalysis'],
    ['spec', 'progressDeadlineSeconds'],
    ['spec', 'autoscalerRef', 'name'],
    ['spec', 'service', 'port'],
    ['spec', 'service', 'hosts'],
    ['spec', 'service', 'gateways', 0],
    ['spec', 'analysis', 'stepWeight'],
    ['spec', 'analysis', 'iterations'],
    ['spec', 'analysis', 'metrics', 0, 'thresholdRange', 'max'],
    ['spec', 'analysis', 'metrics', 0, 'templateRef', 'name'],
    ['spec', 'analysis', 'webhooks', 0, 'url'],
    ['metadata', 'namespace'],
    ['metadata', 'labels', 'app'],
    ['metadata', 'annotations', 'example.com/owner'],
    ['x-root-note'],
  ]
  for (const path of allPaths(data)) {
    const value = valueAtPath(data, path)
    if (Array.isArray(value)) candidates.push([...path, value.length])
  }
  return candidates.filter((p) => valueAtPath(data, p) === undefined)
}

/** The value at a path of plain data. */
export function valueAtPath(value: unknown, path: FieldPath): unknown {
  let node = value
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string | number, unknown>)[part]
  }
  return node
}
