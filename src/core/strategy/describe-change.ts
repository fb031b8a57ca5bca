import { stringify } from 'yaml'
import { formatPath, type FieldPath } from '../diagnostic.ts'

/** One field a strategy switch added, changed or removed, with a sentence for the person who asked for it. */
export interface StrategyChange {
  readonly kind: 'added' | 'changed' | 'removed'
  /** The full field path, e.g. ['spec', 'analysis', 'iterations']. */
  readonly path: FieldPath
  readonly before?: unknown
  readonly after?: unknown
  /** e.g. "Removed analysis.stepWeight: 10", "Added analysis.iterations: 10". */
  readonly description: string
}

const maxValueChars = 70

/** A value as one line of flow YAML, shortened with an ellipsis when long. */
export function inlineValue(value: unknown): string {
  const text = stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trim()
  return text.length > maxValueChars ? `${text.slice(0, maxValueChars - 1)}…` : text
}

/** The change record for setting (`after` defined) or removing (`after` undefined) a field that held `before`. */
export function describeChange(path: FieldPath, before: unknown, after: unknown): StrategyChange {
  const name = formatPath(path[0] === 'spec' ? path.slice(1) : path)
  if (after === undefined)
    return { kind: 'removed', path, before, description: `Removed ${name}: ${inlineValue(before)}` }
  if (before === undefined) return { kind: 'added', path, after, description: `Added ${name}: ${inlineValue(after)}` }
  return {
    kind: 'changed',
    path,
    before,
    after,
    description: `Changed ${name}: ${inlineValue(before)} → ${inlineValue(after)}`,
  }
}
