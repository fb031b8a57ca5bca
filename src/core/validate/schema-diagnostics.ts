import { canaryNode } from '../catalog/canary-fields.ts'
import { fieldEntries, type FieldNode, type NumberNode, type ObjectNode, type StringNode } from '../catalog/dsl.ts'
import type { Diagnostic, FieldPath } from '../diagnostic.ts'
import { formatPath } from '../diagnostic.ts'
import { closest } from './suggest.ts'

// Admission-level checks of the Canary CRD (flagger-semantics.md §c.1), walked from the field catalog over the raw
// data: required keys, enums, patterns, lengths, oneOf, bounds, and integers where Flagger decodes Go ints (a
// fraction passes admission but the Canary cannot be decoded: §c.1, last point). Wrong types are readTyped's
// `schema-type` diagnostics. A few checks have dedicated lint rules with better messages and are skipped here.

/** Checks that a lint rule makes instead, by catalog path: the analysis oneOf, webhook type and url, target kind. */
const handledByRules = new Set([
  'spec.analysis#oneOf',
  'spec.analysis.webhooks[]#required:url',
  'spec.analysis.webhooks[].type#enum',
  'spec.targetRef.kind#enum',
])

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

interface Walk {
  readonly path: FieldPath
  /** Catalog path: list items as [], map values as *. */
  readonly at: string
  readonly out: Diagnostic[]
}

const error = (rule: string, path: FieldPath, message: string, fix?: Diagnostic['fixes']): Diagnostic => ({
  severity: 'error',
  rule,
  message,
  path,
  ...(fix ? { fixes: fix } : {}),
})

const show = (path: FieldPath) => `\`${formatPath(path) || '(document)'}\``

// The Canary's own apiVersion is a version the CRD does not serve (v1alpha3 and older were removed), not a value.
const enumRefusal = (path: FieldPath, value: string): string =>
  formatPath(path) === 'apiVersion'
    ? `apiVersion ${value} is not served: Flagger's CRD serves only the listed version, so the API server rejects this Canary and Flagger never runs it`
    : `${show(path)} is "${value}", which the CRD does not allow`

function checkString(node: StringNode, value: string, w: Walk): void {
  if (node.enum && !node.enum.includes(value) && !handledByRules.has(`${w.at}#enum`)) {
    const guess = closest(value, node.enum)
    const choices = node.enum.map((e) => (e === '' ? '""' : e)).join(', ')
    w.out.push(
      error(
        'schema-enum',
        w.path,
        `${enumRefusal(w.path, value)}${guess ? ` (did you mean "${guess}"?)` : ''}. Use one of: ${choices}.`,
        guess === undefined ? undefined : [{ title: `Change to "${guess}"`, kind: 'set', path: w.path, value: guess }],
      ),
    )
  }
  if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) {
    const hint =
      node.format === 'duration'
        ? ' Write a number followed by m or s, e.g. `30s`, `1m`, `90m` (not `1h`, `1.5m` or `90`).'
        : ''
    w.out.push(
      error(
        'schema-pattern',
        w.path,
        `${show(w.path)} "${value}" does not match the CRD pattern ${node.pattern}.${hint}`,
      ),
    )
  }
  const length = [...value].length
  if (node.minLength !== undefined && length < node.minLength)
    w.out.push(
      error('schema-length', w.path, `${show(w.path)} must not be empty (at least ${node.minLength} characters).`),
    )
  if (node.maxLength !== undefined && length > node.maxLength)
    w.out.push(
      error(
        'schema-length',
        w.path,
        `${show(w.path)} is ${length} characters; the CRD allows at most ${node.maxLength}.`,
      ),
    )
}

function checkNumber(node: NumberNode, value: number, w: Walk): void {
  if (node.integer && !Number.isInteger(value)) {
    const rounded = Math.round(value)
    w.out.push(
      error(
        'schema-integer',
        w.path,
        `${show(w.path)} is ${value}, but Flagger reads it as a whole number: a fraction passes kubectl but Flagger cannot decode the Canary and never runs it. Use ${rounded}.`,
        [{ title: `Change to ${rounded}`, kind: 'set', path: w.path, value: rounded }],
      ),
    )
  }
  if (node.minimum !== undefined && value < node.minimum)
    w.out.push(
      error('schema-range', w.path, `${show(w.path)} is ${value}; it must be at least ${node.minimum}.`, [
        { title: `Change to ${node.minimum}`, kind: 'set', path: w.path, value: node.minimum },
      ]),
    )
  if (node.maximum !== undefined && value > node.maximum)
    w.out.push(
      error('schema-range', w.path, `${show(w.path)} is ${value}; it must be at most ${node.maximum}.`, [
        { title: `Change to ${node.maximum}`, kind: 'set', path: w.path, value: node.maximum },
      ]),
    )
}

function checkRequired(node: ObjectNode, value: Record<string, unknown>, w: Walk): void {
  for (const key of node.required ?? []) {
    if (value[key] !== undefined && value[key] !== null) continue
    if (handledByRules.has(`${w.at}#required:${key}`)) continue
    const child = node.fields[key]
    const candidate = child?.example ?? child?.default
    const sample = typeof candidate === 'string' || typeof candidate === 'number' ? candidate : undefined
    const isScalar = sample !== undefined
    w.out.push(
      error(
        'schema-required',
        [...w.path, key],
        `${show(w.path)} needs \`${key}\`: the CRD requires it, so kubectl apply fails without it.${isScalar ? ` For example \`${key}: ${sample}\`.` : ''}`,
        isScalar ? [{ title: `Add ${key}: ${sample}`, kind: 'set', path: [...w.path, key], value: sample }] : undefined,
      ),
    )
  }
}

function checkOneOf(node: ObjectNode, value: Record<string, unknown>, w: Walk): void {
  const sets = node.oneOfRequired
  if (!sets || handledByRules.has(`${w.at}#oneOf`)) return
  const matching = sets.filter((keys) => keys.every((k) => value[k] !== undefined && value[k] !== null)).length
  if (matching === 1 || (matching === 0 && node.oneOfAllowsNone)) return
  const options = sets.map((keys) => keys.join(' + ')).join(', ')
  const what = node.oneOfAllowsNone ? 'at most one' : 'exactly one'
  w.out.push(error('schema-one-of', w.path, `${show(w.path)} must set ${what} of: ${options}.`))
}

function checkUnknownKeys(node: ObjectNode, value: Record<string, unknown>, w: Walk): void {
  if (node.open) return
  const known = Object.keys(node.fields)
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(node.fields, key)) continue
    if (w.path.length === 0 && key === 'status') continue
    const guess = key === 'canaryAnalysis' ? 'analysis' : closest(key, known)
    w.out.push(
      error(
        'schema-unknown-field',
        [...w.path, key],
        `${show(w.path)} has no field \`${key}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}: kubectl apply rejects unknown fields, and the API server drops them when validation is off.`,
      ),
    )
  }
}

function walk(node: FieldNode, value: unknown, w: Walk): void {
  if (value === undefined || value === null) return
  switch (node.kind) {
    case 'string':
      if (typeof value === 'string') checkString(node, value, w)
      return
    case 'number':
      if (typeof value === 'number') checkNumber(node, value, w)
      return
    case 'int-or-string':
      if (typeof value === 'number') checkNumber({ kind: 'number', integer: true }, value, w)
      return
    case 'boolean':
      return
    case 'object':
      if (!isRecord(value)) return
      checkRequired(node, value, w)
      checkOneOf(node, value, w)
      checkUnknownKeys(node, value, w)
      // Most catalog fields are absent: skip them before building their path (this runs on every keystroke).
      for (const [key, child] of fieldEntries(node)) {
        const item = value[key]
        if (item !== undefined && item !== null) walk(child, item, { path: [...w.path, key], at: w.at ? `${w.at}.${key}` : key, out: w.out })
      }
      return
    case 'map':
      if (!isRecord(value)) return
      for (const [key, item] of Object.entries(value))
        walk(node.values, item, { path: [...w.path, key], at: `${w.at}.*`, out: w.out })
      return
    case 'list':
      if (!Array.isArray(value)) return
      if (node.maxItems !== undefined && value.length > node.maxItems)
        w.out.push(
          error(
            'schema-max-items',
            w.path,
            `${show(w.path)} has ${value.length} entries; the CRD allows at most ${node.maxItems}.`,
          ),
        )
      value.forEach((item, i) => walk(node.items, item, { path: [...w.path, i], at: `${w.at}[]`, out: w.out }))
  }
}

/** Admission errors of a raw Canary document against the catalog (CRD): every problem, none thrown. */
export function schemaDiagnostics(raw: unknown): Diagnostic[] {
  const out: Diagnostic[] = []
  if (!isRecord(raw)) return out
  for (const key of ['apiVersion', 'kind', 'metadata', 'spec'] as const)
    if (raw[key] === undefined || raw[key] === null)
      out.push(error('schema-required', [key], `A Canary needs \`${key}\`.`))
  walk(canaryNode, raw, { path: [], at: '', out })
  return out
}
