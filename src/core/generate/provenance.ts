import { isPathWithin, type FieldPath } from '../diagnostic.ts'

/** Where a generated value comes from: a Canary field, the routing state of the selected tick, Flagger itself, an assumption of ours, or an adopted object in the file. */
export type ProvenanceOrigin = 'canary' | 'routing' | 'flagger' | 'assumed' | 'file'

/** One generated field path, in one generated object, and the Canary fields that produced it. */
export interface ProvenanceEntry {
  /** Index of the object in the generated list. */
  readonly object: number
  /** Path inside that object, e.g. ['spec', 'hosts', 0]. */
  readonly path: FieldPath
  /** Canary fields that shaped the value, e.g. [['spec', 'service', 'hosts', 0]]; empty for pure Flagger constants. */
  readonly from: readonly FieldPath[]
  readonly origin: ProvenanceOrigin
  /** One plain sentence: why the value is what it is. */
  readonly why: string
}

/** Records provenance for the object a builder is producing; the planner assigns the object index. */
export type Trace = (path: FieldPath, from: readonly FieldPath[], why: string, origin?: ProvenanceOrigin) => void

/** A Trace that collects its entries for one object. */
export function traceCollector(): { trace: Trace; entries: (object: number) => ProvenanceEntry[] } {
  const recorded: Omit<ProvenanceEntry, 'object'>[] = []
  const trace: Trace = (path, from, why, origin = 'canary') => {
    recorded.push({ path, from, why, origin })
  }
  return { trace, entries: (object) => recorded.map((e) => ({ object, ...e })) }
}

/** A Trace for a sub-tree: every path is prefixed, so helpers can record relative to where their value lands. */
export function under(trace: Trace, prefix: FieldPath): Trace {
  return (path, from, why, origin) => trace([...prefix, ...path], from, why, origin)
}

/** The entry that explains a generated path: the one recorded for the longest prefix of it, in that object. */
export function provenanceOf(
  entries: readonly ProvenanceEntry[],
  object: number,
  path: FieldPath,
): ProvenanceEntry | undefined {
  let best: ProvenanceEntry | undefined
  for (const e of entries) {
    if (e.object !== object || !isPathWithin(path, e.path)) continue
    if (!best || e.path.length > best.path.length) best = e
  }
  return best
}
