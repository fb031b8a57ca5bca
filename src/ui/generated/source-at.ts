import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { provenanceOf, type ProvenanceEntry } from '../../core/generate/provenance.ts'
import { generatedPathAt } from '../../core/generate/stream-paths.ts'

/** A generated field under a position of the stream, and the provenance entry that explains it. */
export interface SourceAt {
  readonly object: number
  readonly path: FieldPath
  readonly entry: ProvenanceEntry | undefined
}

/** What produced the generated field at `offset` of the stream, or undefined between objects. */
export function sourceAt(stream: string, provenance: readonly ProvenanceEntry[], offset: number): SourceAt | undefined {
  const location = generatedPathAt(stream, offset)
  if (!location || location.path.length === 0) return undefined
  return { ...location, entry: provenanceOf(provenance, location.object, location.path) }
}

const originLabel = {
  canary: 'from the Canary',
  routing: 'from the selected tick',
  flagger: "Flagger's own value",
  assumed: 'assumed',
  file: 'kept from the object in this file',
} as const

/** One line of plain text for a hover or the source strip: the generated path, where it came from, and why. */
export function describeSource(source: SourceAt): string {
  const at = formatPath(source.path)
  const entry = source.entry
  if (!entry) return `${at}: no recorded source`
  const fields = entry.from.map(formatPath).join(', ')
  return `${at} ← ${fields || originLabel[entry.origin]} — ${entry.why}`
}

/** The Canary field "show source" selects: the first one the entry names, if any. */
export function sourceField(source: SourceAt | undefined): FieldPath | undefined {
  return source?.entry?.from[0]
}
