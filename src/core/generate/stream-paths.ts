import { isMap, isNode, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml'
import type { FieldPath } from '../diagnostic.ts'

// Maps between positions in a YAML stream made by toYamlStream and (object index, field path) pairs, so the
// "Generated" panel can look a hovered line up in the provenance and highlight what a Canary field produced.

/** A generated field: the object's index in the stream and the path inside it. */
export interface GeneratedLocation {
  readonly object: number
  readonly path: FieldPath
}

const within = (range: readonly number[] | null | undefined, offset: number): boolean =>
  !!range && (range[0] ?? 0) <= offset && offset <= (range[2] ?? range[1] ?? 0)

function descend(node: Node, offset: number, path: (string | number)[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyRange = isNode(pair.key) ? pair.key.range : undefined
      const valueRange = isNode(pair.value) ? pair.value.range : undefined
      const start = keyRange?.[0] ?? 0
      const end = valueRange?.[2] ?? keyRange?.[2] ?? start
      if (offset < start || offset > end) continue
      path.push(isScalar(pair.key) ? String(pair.key.value) : String(pair.key))
      if (isNode(pair.value) && within(pair.value.range, offset)) descend(pair.value, offset, path)
      return
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (isNode(item) && within(item.range, offset)) {
        path.push(i)
        descend(item, offset, path)
      }
    })
  }
}

const documents = (stream: string): Document.Parsed[] => parseAllDocuments(stream) as Document.Parsed[]

/** The generated field at a character offset of the stream (e.g. under the mouse), or undefined between objects. */
export function generatedPathAt(stream: string, offset: number): GeneratedLocation | undefined {
  const docs = documents(stream)
  for (let object = 0; object < docs.length; object++) {
    const doc = docs[object]
    if (!doc || !within(doc.range, offset) || !isNode(doc.contents)) continue
    const path: (string | number)[] = []
    descend(doc.contents, offset, path)
    return { object, path }
  }
  return undefined
}

/** The [start, end) character range of a generated field in the stream, key included; undefined when absent. */
export function generatedRangeOf(stream: string, location: GeneratedLocation): [number, number] | undefined {
  const doc = documents(stream)[location.object]
  if (!doc || !isNode(doc.contents)) return undefined
  if (location.path.length === 0) return [doc.contents.range[0], doc.contents.range[1]]
  const parent = location.path.length === 1 ? doc.contents : doc.getIn(location.path.slice(0, -1), true)
  const last = location.path[location.path.length - 1]
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last)
    const keyStart = pair && isNode(pair.key) ? pair.key.range?.[0] : undefined
    const valueEnd = pair && isNode(pair.value) ? pair.value.range?.[1] : undefined
    return keyStart !== undefined && valueEnd !== undefined ? [keyStart, valueEnd] : undefined
  }
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last]
    return isNode(item) && item.range ? [item.range[0], item.range[1]] : undefined
  }
  return undefined
}
