import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document, type Node as YamlNode } from 'yaml'

// The `yaml` library's own uniqueKeys check compares each key with every earlier key of its map: quadratic, so a
// 4.9 MB mapping froze the tab for 51 s. It is turned off (uniqueKeys: false in yamlOptions) and this pass reports
// the same DUPLICATE_KEY error, at the same place, with one hash-set lookup per key.

/** Adds a DUPLICATE_KEY error for each repeated scalar key of every map in the documents, as `yaml` would. */
export function reportDuplicateKeys(docs: readonly Document.Parsed[]): void {
  for (const doc of docs) {
    const found: YAMLParseError[] = []
    const stack: unknown[] = [doc.contents]
    const visited = new Set<unknown>()
    while (stack.length > 0) {
      const node = stack.pop()
      if (visited.has(node)) continue
      visited.add(node)
      if (isMap(node)) checkMap(node.items, found)
      if (isMap(node) || isSeq(node))
        for (const item of node.items) {
          if (isPair(item)) stack.push(item.key, item.value)
          else stack.push(item)
        }
    }
    if (found.length > 0) doc.errors.splice(0, doc.errors.length, ...mergeByOffset(doc.errors, found))
  }
}

function checkMap(items: readonly unknown[], found: YAMLParseError[]): void {
  const seen = new Set<unknown>()
  for (const pair of items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue
    const key = pair.key as YamlNode & { value: unknown }
    // `yaml` compares scalar keys with ===, under which NaN never equals itself.
    if (Number.isNaN(key.value)) continue
    if (seen.has(key.value)) {
      const start = key.range?.[0] ?? 0
      found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
    } else seen.add(key.value)
  }
}

/** The library's errors in their own order, with ours merged in by offset (both lists stay in source order). */
function mergeByOffset(existing: readonly YAMLParseError[], added: YAMLParseError[]): YAMLParseError[] {
  added.sort((a, b) => a.pos[0] - b.pos[0])
  const out: YAMLParseError[] = []
  let j = 0
  for (const error of existing) {
    while (j < added.length && (added[j]?.pos[0] ?? 0) < error.pos[0]) out.push(added[j++] as YAMLParseError)
    out.push(error)
  }
  return out.concat(added.slice(j))
}
