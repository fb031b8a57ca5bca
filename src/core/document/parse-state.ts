import {
  parseAllDocuments,
  isMap,
  isScalar,
  type Document,
  type ParseOptions,
  type DocumentOptions,
  type SchemaOptions,
} from 'yaml'
import { reportDuplicateKeys } from './duplicate-keys.ts'
import { findGoMultilineScalars, padGoMultiline, type GoMultilineScalar } from './go-multiline.ts'
import { indexLines, type LineIndex } from './text-lines.ts'

/** Aliases a document may expand; small, so that an alias bomb fails fast instead of freezing the tab. */
export const MAX_ALIAS_COUNT = 100

/**
 * Parse options: Kubernetes reads YAML with Go's yaml (1.1 rules: `yes`/`on` are booleans, `0777` is octal), so
 * we do too, except timestamps, which sigs.k8s.io/yaml hands to the API server as plain strings.
 */
export const yamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  prettyErrors: false,
  // Quadratic in the keys of a map; reportDuplicateKeys makes the same check in linear time.
  uniqueKeys: false,
  customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
}

/** The `yaml` documents of a text plus what is needed to map their offsets back to the user's text. */
export interface ParseState {
  readonly lines: LineIndex
  readonly docs: readonly Document.Parsed[]
  /** Maps an offset of the parsed copy to the user's text (identity unless Go-style scalars were padded). */
  readonly toOriginal: (offset: number) => number
  /** Go-style quoted scalars read through a padded copy. */
  readonly goScalars: readonly GoMultilineScalar[]
}

/** The offset map of a text parsed as it is (no Go-style scalar padded). */
export const identity = (offset: number): number => offset

function errorCount(docs: readonly Document.Parsed[]): number {
  return docs.reduce((n, d) => n + d.errors.length, 0)
}

function errorOffsets(docs: readonly Document.Parsed[], toOriginal: (o: number) => number): number[] {
  return docs.flatMap((d) => d.errors.map((e) => toOriginal(e.pos[0])))
}

function parseYaml(text: string): Document.Parsed[] {
  const docs = parseAllDocuments(text, yamlOptions)
  // A stream that is not a list of documents (an empty text gives an EmptyStream) has no maps to check.
  if (Array.isArray(docs)) reportDuplicateKeys(docs)
  return docs
}

/** Parses every document of `text`; re-reads Go-style multi-line quoted scalars through a padded copy. */
export function parseYamlText(text: string): ParseState {
  const lines = indexLines(text)
  let state: ParseState = { lines, docs: parseYaml(text), toOriginal: identity, goScalars: [] }
  // Each round fixes what the parser reported; a parser that lost its footing may report more in the next one.
  for (let round = 0; round < 4 && errorCount(state.docs) > 0; round++) {
    const known = new Set(state.goScalars.map((s) => s.openLine))
    const more = findGoMultilineScalars(lines, errorOffsets(state.docs, state.toOriginal)).filter(
      (s) => !known.has(s.openLine),
    )
    if (more.length === 0) break
    const goScalars = [...state.goScalars, ...more].sort((a, b) => a.openLine - b.openLine)
    const padded = padGoMultiline(lines, goScalars)
    const docs = parseYaml(padded.text)
    if (errorCount(docs) >= errorCount(state.docs)) break
    state = { lines, docs, toOriginal: padded.toOriginal, goScalars }
  }
  return state
}

/** A top-level string field of a document's root mapping, read from the syntax tree (works despite errors). */
export function rootString(doc: Document.Parsed, path: readonly string[]): string | undefined {
  if (!isMap(doc.contents)) return undefined
  const node = doc.getIn(path, true)
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

const states = new WeakMap<object, ParseState>()

/** Remembers the parse behind a ParsedFile so ranges need no second parse. */
export function rememberState(parsed: object, state: ParseState): void {
  states.set(parsed, state)
}

/** The parse behind a ParsedFile when it is already known; never parses. */
export function knownStateOf(parsed: object): ParseState | undefined {
  return states.get(parsed)
}

/** The parse behind a ParsedFile (re-parsed when the object did not come from parseDocument). */
export function stateOf(parsed: { readonly text: string }): ParseState {
  const known = states.get(parsed)
  if (known) return known
  const state = parseYamlText(parsed.text)
  states.set(parsed, state)
  return state
}
