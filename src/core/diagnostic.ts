/** A path into a YAML document: keys and list indexes, e.g. ['spec', 'analysis', 'metrics', 0, 'interval']. */
export type FieldPath = readonly (string | number)[]

export type Severity = 'error' | 'warning' | 'info'

/** A position in the text: 1-based line and column, 0-based offset. */
export interface TextPosition {
  readonly line: number
  readonly column: number
  readonly offset: number
}

export interface TextRange {
  readonly start: TextPosition
  readonly end: TextPosition
}

/** A mechanical fix: set or remove one field, or replace a span of text. */
export type QuickFix =
  | { readonly title: string; readonly kind: 'set'; readonly path: FieldPath; readonly value: unknown }
  | { readonly title: string; readonly kind: 'remove'; readonly path: FieldPath }
  | {
      readonly title: string
      readonly kind: 'replace-text'
      readonly from: number
      readonly to: number
      readonly text: string
    }

/** Every problem core finds is data of this shape; nothing in core throws on bad input. */
export interface Diagnostic {
  readonly severity: Severity
  /** Stable id, e.g. 'yaml-syntax', 'schema-type', 'step-weight-exceeds-max-weight'. */
  readonly rule: string
  /** What is wrong and how to fix it. */
  readonly message: string
  /** The field it is about, when there is one. */
  readonly path?: FieldPath
  /** Where in the text; filled from `path` by the document layer when absent. */
  readonly range?: TextRange
  readonly fixes?: readonly QuickFix[]
}

/** True when `path` is `prefix` or lies inside it. */
export const isPathWithin = (path: FieldPath, prefix: FieldPath): boolean =>
  prefix.length <= path.length && prefix.every((step, i) => step === path[i])

/** `spec.analysis.metrics[0].interval` for ['spec','analysis','metrics',0,'interval']. */
export function formatPath(path: FieldPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

/** Parses `spec.analysis.metrics[0].thresholdRange.min` into a FieldPath; undefined when malformed. */
export function parsePath(text: string): FieldPath | undefined {
  const path: (string | number)[] = []
  const re = /([^.[\]]+)|\[(\d+)\]/gy
  let lastIndex = 0
  let expectKey = true
  while (lastIndex < text.length) {
    if (!expectKey && text[lastIndex] === '.') {
      lastIndex += 1
      expectKey = true
      continue
    }
    re.lastIndex = lastIndex
    const m = re.exec(text)
    if (!m) return undefined
    if (m[1] !== undefined) {
      if (!expectKey) return undefined
      path.push(m[1])
    } else path.push(Number(m[2]))
    expectKey = false
    lastIndex = re.lastIndex
  }
  return path.length > 0 && !expectKey ? path : undefined
}
