import { parseAllDocuments } from 'yaml'
import { analyzeText } from '../analyze.ts'
import type { FieldPath } from '../diagnostic.ts'
import { applyEdit } from '../document/apply-edit.ts'
import { forgetRecentParses, parseDocument } from '../document/parse-document.ts'
import { rangeOf } from '../document/ranges.ts'
import type { Edit, ParsedFile } from '../document/types.ts'
import { planResources } from '../generate/generate-resources.ts'
import { toYamlStream } from '../generate/yaml-stream.ts'
import { readIstioGateways } from '../gateway/istio-gateway.ts'
import { readMetricTemplates } from '../metrics/metric-template.ts'
import { renderMetricQueries } from '../metrics/render-metric-queries.ts'
import { requestPresets } from '../route/request-presets.ts'
import { traceRequest } from '../route/trace-request.ts'
import { routingAt } from '../simulate/routing-at.ts'
import { maxSimulatedTicks, simulateAnalysis } from '../simulate/scheduler.ts'
import type { Timeline, WhatIf } from '../simulate/types.ts'
import { documentTextAfterEdit, modelTextOf } from '../text/model-text.ts'
import { hasUnprintable } from '../text/unprintable.ts'
import { buildTrafficGraph } from '../traffic/build-traffic-graph.ts'
import { validateCanary } from '../validate/validate-canary.ts'

/** An edit the fuzzer makes on a path of the parsed data: `pick` chooses among the document's real paths. */
export interface FuzzEdit {
  readonly kind: 'set' | 'remove'
  /** Index into the document's paths (taken modulo their count). */
  readonly pick: number
  readonly value?: unknown
}

export interface FuzzCase {
  readonly text: string
  readonly edits: readonly FuzzEdit[]
  readonly whatIfs: readonly WhatIf[]
}

/** A broken invariant or an escaped exception, with the stage it happened in. */
export class FuzzFailure extends Error {
  constructor(
    readonly stage: string,
    message: string,
    readonly text: string,
  ) {
    super(`[${stage}] ${message}`)
  }
}

/** Milliseconds spent per stage (summed over cases), for `npm run fuzz -- --verbose`. */
export const stageTimes = new Map<string, number>()

function stageOf<T>(stage: string, text: string, run: () => T): T {
  const t0 = performance.now()
  try {
    return run()
  } catch (e) {
    if (e instanceof FuzzFailure) throw e
    const message = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e)
    throw new FuzzFailure(stage, `exception escaped: ${message}`, text)
  } finally {
    const key = stage.replace(/\(.*/, '')
    stageTimes.set(key, (stageTimes.get(key) ?? 0) + performance.now() - t0)
  }
}

function check(condition: boolean, stage: string, message: string, text: string): void {
  if (!condition) throw new FuzzFailure(stage, message, text)
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every path in plain data (mappings, lists and leaves), root excluded; capped so deep nesting stays cheap. */
export function dataPaths(value: unknown, prefix: FieldPath = [], out: FieldPath[] = []): FieldPath[] {
  if (out.length > 400 || prefix.length > 12) return out
  if (Array.isArray(value))
    value.forEach((v: unknown, i) => {
      out.push([...prefix, i])
      dataPaths(v, [...prefix, i], out)
    })
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k])
      dataPaths(v, [...prefix, k], out)
    }
  return out
}

/** Old lines [from, to) that differ from `after`, by common prefix and suffix. */
function changedOldLines(before: string, after: string): { from: number; to: number } {
  const a = before.split(/\r?\n/)
  const b = after.split(/\r?\n/)
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  return { from: p, to: a.length - s }
}

/**
 * Lines of the deepest existing ancestor of `path` (or of the path itself), 0-based; undefined for the root. The
 * comment lines right after it that sit deeper than its first line count as its own: a remove takes them along.
 */
function ancestorLines(parsed: ParsedFile, path: FieldPath, text: string): { first: number; last: number } | undefined {
  for (let n = path.length; n > 0; n--) {
    const r = rangeOf(parsed, path.slice(0, n))
    if (!r) continue
    const lines = text.split(/\r?\n/)
    const column = r.start.column - 1
    let last = r.end.line - 1
    for (let i = last + 1; i < lines.length; i++) {
      const line = lines[i] ?? ''
      if (line.trim() === '') continue
      if (!line.trimStart().startsWith('#') || line.length - line.trimStart().length <= column) break
      last = i
    }
    return { first: r.start.line - 1, last }
  }
  return undefined
}

/** Applies one edit and checks that a span edit leaves every line outside the edited node's parent untouched. */
function runEdit(text: string, parsed: ParsedFile, edit: FuzzEdit): string {
  const data = parsed.documents[parsed.canaryIndex]?.data
  const paths = dataPaths(data).filter((p) => p[0] !== 'kind')
  if (paths.length === 0) return text
  const path = paths[Math.abs(edit.pick) % paths.length] ?? []
  const full: Edit = edit.kind === 'set' ? { kind: 'set', path, value: edit.value } : { kind: 'remove', path }
  const result = stageOf('applyEdit', text, () => applyEdit(text, full))
  if (!result.ok) return text
  const after = stageOf('parse(edited)', result.text, () => parseDocument(result.text))
  // An edit of a well-formed document leaves it well-formed.
  check(after.status !== 'invalid', 'applyEdit', `edit ${JSON.stringify(full)} broke the YAML`, text)
  if (!result.reformatted) {
    // The changed lines lie within the edited node's parent (its key line and a line either side for insertions).
    const parent = path.length > 1 ? path.slice(0, -1) : path
    const lines = ancestorLines(parsed, parent, text)
    const changed = changedOldLines(text, result.text)
    if (lines && changed.from < changed.to) {
      const ok = changed.from >= lines.first - 1 && changed.to - 1 <= lines.last + 1
      check(
        ok,
        'applyEdit',
        `edit ${JSON.stringify(full)} changed lines ${changed.from}..${changed.to - 1} outside ${lines.first}..${lines.last}`,
        text,
      )
    }
  }
  return result.text
}

function checkTimeline(timeline: Timeline, text: string, label: string): void {
  const stage = `simulate${label}`
  check(timeline.ticks.length > 0, stage, 'empty timeline', text)
  check(
    timeline.ticks.length <= maxSimulatedTicks + 1,
    stage,
    `timeline did not end (${timeline.ticks.length} ticks)`,
    text,
  )
  for (const t of timeline.ticks) {
    const ok =
      Number.isFinite(t.primaryWeight) && Number.isFinite(t.canaryWeight) && t.primaryWeight + t.canaryWeight === 100
    check(ok, stage, `tick ${t.tick}: weights ${t.primaryWeight} + ${t.canaryWeight} ≠ 100`, text)
    check(t.primaryWeight >= 0 && t.canaryWeight >= 0, stage, `tick ${t.tick}: negative weight`, text)
  }
}

/**
 * What the editor does to the text: it shows the document with LF lines and no BOM, and an edit there must come
 * back as the same edit of the document, every other byte (CRs and BOM included) kept.
 */
function checkEditorRoundTrip(text: string): void {
  const shown = modelTextOf(text)
  check(
    documentTextAfterEdit(text, shown) === text,
    'editorText',
    'an unchanged editor text changed the document',
    text,
  )
  const typed = documentTextAfterEdit(text, `${shown}x`)
  check(
    typed === `${text}x`,
    'editorText',
    'a key typed at the end of the editor did not land at the end of the document',
    text,
  )
  const cut = documentTextAfterEdit(text, shown.slice(0, Math.floor(shown.length / 2)))
  check(
    modelTextOf(cut) === shown.slice(0, Math.floor(shown.length / 2)),
    'editorText',
    'a cut in the editor read back differently',
    text,
  )
}

/** How much work one case did, for the run report. */
export interface CaseStats {
  parsedOk: boolean
  edits: number
  ticks: number
}

/**
 * Runs one text through every stage the app runs: parse → edits → validate → simulate (+ what-ifs) → traffic graph
 * → generated resources → request traces → metric queries, and the app's own analyzeText. Throws FuzzFailure on an
 * escaped exception or a broken invariant.
 */
export function runPipeline(input: FuzzCase): CaseStats {
  let text = input.text
  const stats: CaseStats = { parsedOk: false, edits: 0, ticks: 0 }
  const first = stageOf('analyzeText', text, () => analyzeText(text))
  stageOf('editorText', text, () => checkEditorRoundTrip(text))
  // kubectl refuses control characters the yaml library accepts: the analysis must say so whenever there is one.
  const saysControl = first.diagnostics.some((d) => d.rule === 'yaml-control-character')
  check(
    saysControl === hasUnprintable(text),
    'analyzeText',
    `control characters ${hasUnprintable(text) ? 'not ' : ''}reported`,
    text,
  )
  let parsed = stageOf('parseDocument', text, () => parseDocument(text))
  for (const edit of input.edits) {
    if (parsed.status !== 'ok') break
    const next = runEdit(text, parsed, edit)
    if (next !== text) {
      stats.edits++
      text = next
      parsed = stageOf('parseDocument', text, () => parseDocument(text))
    }
  }
  // The app re-analyses incrementally: analyse the edited text with the first analysis as `previous`, and with the
  // last edit's parse remembered (the incremental re-parse starts from it). It must read as a fresh analysis does.
  const incremental = stageOf('analyzeText(incremental)', text, () => analyzeText(text, first))
  if (incremental.status === 'ok') {
    forgetRecentParses()
    const fresh = stageOf('analyzeText(fresh)', text, () => analyzeText(text))
    for (const key of ['canary', 'diagnostics', 'timeline'] as const)
      check(
        JSON.stringify(incremental[key]) === JSON.stringify(fresh[key]),
        'analyzeText(incremental)',
        `the incremental analysis' ${key} differs from a fresh analysis of the same text`,
        text,
      )
  }
  const canary = parsed.canary
  if (parsed.status !== 'ok' || canary === undefined) return stats
  stats.parsedOk = true
  const raw = parsed.documents[parsed.canaryIndex]?.data
  stageOf('validateCanary', text, () => validateCanary({ canary, raw, includeTypeErrors: true }))
  const gateways = stageOf('readIstioGateways', text, () => readIstioGateways(parsed.documents))
  const templates = stageOf('readMetricTemplates', text, () => readMetricTemplates(parsed.documents))
  const timeline = stageOf('simulateAnalysis', text, () => simulateAnalysis(canary))
  checkTimeline(timeline, text, '')
  stats.ticks += timeline.ticks.length
  for (const whatIf of input.whatIfs) {
    const t = stageOf('simulateAnalysis(whatIf)', text, () => simulateAnalysis(canary, whatIf))
    checkTimeline(t, text, `(whatIf ${JSON.stringify(whatIf)})`)
    stats.ticks += t.ticks.length
  }
  // Routing states to look at: the first, the last, and a few in between.
  const n = timeline.ticks.length
  const indices = [...new Set([0, Math.floor(n / 3), Math.floor(n / 2), n - 1])]
  const presets = stageOf('requestPresets', text, () => requestPresets(canary, gateways))
  for (const i of indices) {
    const routing = stageOf('routingAt', text, () => routingAt(timeline, i))
    check(
      routing.primaryWeight + routing.canaryWeight === 100,
      'routingAt',
      `tick ${i}: weights do not sum to 100`,
      text,
    )
    stageOf('buildTrafficGraph', text, () => buildTrafficGraph(canary, routing))
    const plan = stageOf('planResources', text, () => planResources(canary, routing))
    const stream = stageOf('toYamlStream', text, () => toYamlStream(plan.objects))
    const docs = stageOf('re-parse generated', stream, () => parseAllDocuments(stream))
    const list = Array.isArray(docs) ? docs : [docs]
    const errors = list.flatMap((d) => d.errors)
    check(errors.length === 0, 'toYamlStream', `generated YAML does not re-parse: ${errors[0]?.message ?? ''}`, text)
    // Values carrying control characters are written escaped, so kubectl can read every generated object.
    check(!hasUnprintable(stream), 'toYamlStream', 'generated YAML holds a raw control character', text)
    // The stream reads back as the objects it was written from.
    const again = JSON.stringify(list.map((d) => d.toJS() as unknown))
    check(
      again === JSON.stringify(plan.objects),
      'toYamlStream',
      'generated YAML does not read back as the generated objects',
      text,
    )
    for (const preset of presets)
      stageOf(`traceRequest(${preset.id})`, text, () =>
        traceRequest({ canary, gateways, routing, request: preset.request }),
      )
  }
  stageOf('renderMetricQueries', text, () => renderMetricQueries(canary, templates))
  return stats
}
