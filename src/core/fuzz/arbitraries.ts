import fc from 'fast-check'
import { stringify } from 'yaml'
import { canaryNode } from '../catalog/canary-fields.ts'
import type { FieldNode } from '../catalog/dsl.ts'
import type { WhatIf } from '../simulate/types.ts'
import type { FuzzCase, FuzzEdit } from './pipeline.ts'

/** Numbers that break naive arithmetic: huge, negative zero, past 2^53, fractions, NaN-ish strings. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, -0, 2 ** 53 + 1, -(2 ** 53 + 1), 0.5, 1e-300, 4294967296, -1, 0, 100, 101),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

/** Strings that break naive rendering, quoting or parsing. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    '.nan',
    '.inf',
    '-.inf',
    'Infinity',
    '1e308',
    '0x10',
    '~',
    'null',
    'yes',
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
    '{{ .Name }}',
    '{{ range }}',
    '*alias',
    '&anchor',
    '- dash',
    'a: b',
    '#comment',
    '\t',
    'tab\there',
    'cr\r\nlf',
    '\uFEFFbom',
    'ü日本語🚀',
    '\u202Eltr',
    '\u0000nul',
    '\u001b[201~echo pwned',
    '^C\u0003',
    'del\u007f',
    'nel\u0085',
    'csi\u009b',
    '1m',
    '30s',
    '-5m',
    '9999999999h',
    '[',
    '"',
    "'",
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer({ min: 200, max: 5000 }).map((n) => 'x'.repeat(n)),
)

/** Any scalar, of any type: for swapped types. */
export const anyScalar: fc.Arbitrary<unknown> = fc.oneof(hostileNumber, hostileString, fc.boolean(), fc.constant(null))

/** A deeply nested value (lists in maps in lists…). */
export const deepValue: fc.Arbitrary<unknown> = fc.integer({ min: 10, max: 60 }).map((depth) => {
  let v: unknown = 'leaf'
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { k: v }
  return v
})

/** A value for a catalog node: usually the right type (with hostile contents), sometimes any other type. */
function valueFor(node: FieldNode, depth: number): fc.Arbitrary<unknown> {
  const right = rightValueFor(node, depth)
  return fc.oneof({ weight: 9, arbitrary: right }, { weight: 1, arbitrary: anyScalar })
}

function rightValueFor(node: FieldNode, depth: number): fc.Arbitrary<unknown> {
  switch (node.kind) {
    case 'string':
      return node.enum && node.enum.length > 0
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...node.enum) }, { weight: 1, arbitrary: hostileString })
        : fc.oneof(
            {
              weight: 2,
              arbitrary: fc.constantFrom('podinfo', 'app.example.com', 'request-success-rate', '1m', 'http://x/'),
            },
            { weight: 2, arbitrary: hostileString },
          )
    case 'number':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: node.minimum ?? 0, max: Math.min(node.maximum ?? 100, 1000) }) },
        { weight: 1, arbitrary: hostileNumber },
      )
    case 'boolean':
      return fc.boolean()
    case 'int-or-string':
      return fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constantFrom('25%', '1', 'x'), hostileNumber)
    case 'object': {
      if (depth > 6) return fc.constant({})
      const entries = Object.entries(node.fields)
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [k, child] of entries) model[k] = valueFor(child, depth + 1)
      return fc.record(model, { requiredKeys: [] })
    }
    case 'map':
      if (depth > 6) return fc.constant({})
      return fc.dictionary(fc.constantFrom('a', 'b', 'x-user', 'ü'), valueFor(node.values, depth + 1), { maxKeys: 3 })
    case 'list':
      if (depth > 6) return fc.constant([])
      return fc.array(valueFor(node.items, depth + 1), { maxLength: 4 })
  }
}

/** A Canary generated from the catalog: kind and apiVersion fixed, every other field optional and often hostile. */
export const catalogCanary: fc.Arbitrary<Record<string, unknown>> = rightValueFor(canaryNode, 0).map((v) => ({
  ...(v as Record<string, unknown>),
  apiVersion: 'flagger.app/v1beta1',
  kind: 'Canary',
}))

/** YAML text of a generated Canary, in block or flow style. */
export const catalogCanaryText: fc.Arbitrary<string> = fc
  .tuple(catalogCanary, fc.constantFrom(false, true), fc.constantFrom(2, 4))
  .map(([data, flow, indent]) => stringify(data, { indent, collectionStyle: flow ? 'flow' : 'any', lineWidth: 0 }))

/** One textual mutation of a real document. */
export type Mutation =
  | { readonly op: 'delete-line'; readonly at: number }
  | { readonly op: 'duplicate-line'; readonly at: number }
  | { readonly op: 'swap-value'; readonly at: number; readonly value: string }
  | { readonly op: 'bytes'; readonly at: number; readonly bytes: string }
  | { readonly op: 'indent'; readonly at: number; readonly by: number }
  | { readonly op: 'crlf' }
  | { readonly op: 'bom' }
  | { readonly op: 'tabs' }
  | { readonly op: 'anchor'; readonly at: number }
  | { readonly op: 'truncate'; readonly at: number }

const scalarText = fc.oneof(
  fc.constantFrom(
    '1e308',
    '-0',
    '.nan',
    'NaN',
    '9007199254740993',
    '-1',
    '[]',
    '{}',
    '[1, [2, [3]]]',
    '~',
    'true',
    '"x"',
    "'",
    '*a',
    '&a',
    '!!binary x',
    '| ',
    '>-',
    '{{',
    '<script>x</script>',
  ),
  hostileString.map((s) => JSON.stringify(s)),
)

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-value' as const), at: fc.nat(), value: scalarText }),
  fc.record({
    op: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('\u0000', '\uFFFD', '\t', '\r', ':', '- ', '? ', '%YAML 1.2', '---', '...'),
    ),
  }),
  fc.record({ op: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.constant({ op: 'crlf' as const }),
  fc.constant({ op: 'bom' as const }),
  fc.constant({ op: 'tabs' as const }),
  fc.record({ op: fc.constant('anchor' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
)

/** Applies a mutation to `text`; positions are taken modulo the line count or length. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n')
  const line = (at: number): number => at % Math.max(1, lines.length)
  switch (m.op) {
    case 'delete-line':
      lines.splice(line(m.at), 1)
      return lines.join('\n')
    case 'duplicate-line': {
      const i = line(m.at)
      lines.splice(i, 0, lines[i] ?? '')
      return lines.join('\n')
    }
    case 'swap-value': {
      // Replace the value of the n-th `key: value` line (keeping the key), or append one.
      const candidates = lines.map((l, i) => (/^\s*(- )?[\w.-]+:\s*\S/.test(l) ? i : -1)).filter((i) => i >= 0)
      if (candidates.length === 0) return text
      const i = candidates[m.at % candidates.length] ?? 0
      lines[i] = (lines[i] ?? '').replace(/^(\s*(?:- )?[\w.-]+:\s*).*$/, `$1${m.value}`)
      return lines.join('\n')
    }
    case 'bytes': {
      const at = m.at % (text.length + 1)
      return text.slice(0, at) + m.bytes + text.slice(at)
    }
    case 'indent': {
      const i = line(m.at)
      const l = lines[i] ?? ''
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + l : l.replace(new RegExp(`^ {0,${-m.by}}`), '')
      return lines.join('\n')
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n')
    case 'bom':
      return '\uFEFF' + text
    case 'tabs':
      return text.replace(/^( {2})+/gm, (s) => '\t'.repeat(s.length / 2))
    case 'anchor': {
      // Anchor a mapping value and alias it from a later key of the same indentation.
      const keyLines = lines.map((l, i) => (/^\s*[\w.-]+:\s*\S/.test(l) ? i : -1)).filter((i) => i >= 0)
      if (keyLines.length < 2) return text
      const i = keyLines[m.at % (keyLines.length - 1)] ?? 0
      const j = keyLines[keyLines.length - 1] ?? 0
      lines[i] = (lines[i] ?? '').replace(/^(\s*[\w.-]+:\s*)(.*)$/, '$1&fz $2')
      lines[j] = (lines[j] ?? '').replace(/^(\s*[\w.-]+:\s*).*$/, '$1*fz')
      return lines.join('\n')
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1))
  }
}

/** Random set/remove edits on the document's real paths. */
export const fuzzEdit: fc.Arbitrary<FuzzEdit> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('set' as const),
    pick: fc.nat(),
    value: fc.oneof(
      { weight: 6, arbitrary: anyScalar },
      { weight: 1, arbitrary: fc.array(anyScalar, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b c', 'x'), anyScalar, { maxKeys: 2 }) },
      { weight: 1, arbitrary: deepValue },
    ),
  }),
)

export const whatIf: fc.Arbitrary<WhatIf> = fc.record(
  {
    failFromTick: fc.integer({ min: -1, max: 40 }),
    failAtTicks: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
    gateRefusals: fc.array(
      fc.record(
        {
          type: fc.constantFrom(
            'confirm-rollout' as const,
            'confirm-traffic-increase' as const,
            'confirm-promotion' as const,
          ),
          fromTick: fc.integer({ min: 0, max: 30 }),
          untilTick: fc.integer({ min: 0, max: 60 }),
        },
        { requiredKeys: ['type', 'fromTick'] },
      ),
      { maxLength: 2 },
    ),
    rollbackHookAtTick: fc.integer({ min: 0, max: 40 }),
    preRolloutFailFromTick: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: [] },
)

const caseTail = fc.tuple(fc.array(fuzzEdit, { maxLength: 4 }), fc.array(whatIf, { maxLength: 2 }))

/** Regexes that froze a backtracking engine, or that RE2 refuses (issue #18). */
const hostileRegex = fc.oneof(
  fc.constantFrom('(a+)+b', '(a|a)*b', '(.*.*.*=.*)*x', '(?=a)a', '(a)\\1', '(a{100}){11}', '[z-a]', '(?i)[^k]+'),
  fc.integer({ min: 1000, max: 40_000 }).map((n) => 'a'.repeat(n)),
)

/** Huge counts and long patterns (issue #18): a billion iterations, thousands of webhooks, hostile match regexes. */
export const hostileCanaryText: fc.Arbitrary<string> = fc
  .record({
    iterations: fc.constantFrom(1_000_000_000, 50_000, 2 ** 31 - 1),
    hooks: fc.integer({ min: 100, max: 3000 }),
    type: fc.constantFrom('rollback', 'confirm-rollout', 'confirm-promotion', 'pre-rollout', 'post-rollout'),
    regex: hostileRegex,
  })
  .map(hostileCanaryYaml)

/** A Canary of `iterations` iterations and `hooks` webhooks of one type, with an A/B `regex` match when given. */
export function hostileCanaryYaml(o: {
  readonly iterations: number
  readonly hooks: number
  readonly type: string
  readonly regex?: string
}): string {
  return [
    'apiVersion: flagger.app/v1beta1',
    'kind: Canary',
    'metadata: { name: podinfo, namespace: test }',
    'spec:',
    '  targetRef: { apiVersion: apps/v1, kind: Deployment, name: podinfo }',
    '  service: { port: 9898 }',
    '  analysis:',
    '    interval: 1m',
    '    threshold: 5',
    `    iterations: ${o.iterations}`,
    ...(o.regex === undefined ? [] : [`    match: [{ headers: { x-canary: { regex: ${JSON.stringify(o.regex)} } } }]`]),
    '    webhooks:',
    ...Array.from({ length: o.hooks }, (_, i) => `      - { name: h${i}, type: ${o.type}, url: http://hook.test/ }`),
    '',
  ].join('\n')
}

/** Fuzz cases: generated Canaries, real documents (`seeds`) under up to four mutations, and hostile sizes. */
export function fuzzCase(seeds: readonly string[]): fc.Arbitrary<FuzzCase> {
  const generated = fc.tuple(catalogCanaryText, caseTail).map(([text, [edits, whatIfs]]) => ({ text, edits, whatIfs }))
  const mutated = fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: 4 }), caseTail)
    .map(([seed, ms, [edits, whatIfs]]) => ({ text: ms.reduce(mutate, seed), edits, whatIfs }))
  const hostile = fc.tuple(hostileCanaryText, caseTail).map(([text, [edits, whatIfs]]) => ({ text, edits, whatIfs }))
  return fc.oneof(
    { weight: 10, arbitrary: generated },
    { weight: 10, arbitrary: mutated },
    { weight: 1, arbitrary: hostile },
  )
}
