import type { Document, YAMLError } from 'yaml'
import { canaryNode, type Canary } from '../catalog/canary-fields.ts'
import { readTypedShared } from '../catalog/read-typed.ts'
import type { Diagnostic } from '../diagnostic.ts'
import { goMultilineDiagnostics } from './go-multiline.ts'
import { MAX_ALIAS_COUNT, parseYamlText, rememberState, rootString, stateOf, type ParseState } from './parse-state.ts'
import { attachRanges } from './ranges.ts'
import { reparseCommentEdit } from './reparse-comment-edit.ts'
import { reparseScalarEdit } from './reparse-scalar-edit.ts'
import { indexLines, rangeAt } from './text-lines.ts'
import type { DocumentInfo, ParsedFile, ParseStatus } from './types.ts'

/** Options of parseDocument and applyEdit. */
export interface DocumentOptions {
  /** Index of the document to treat as the Canary; by default the first `kind: Canary`. */
  readonly canaryIndex?: number
}

function yamlDiagnostic(state: ParseState, e: YAMLError, severity: 'error' | 'warning'): Diagnostic {
  const from = state.toOriginal(e.pos[0])
  const to = Math.max(from, state.toOriginal(e.pos[1]))
  return {
    severity,
    rule: severity === 'error' ? 'yaml-syntax' : 'yaml-warning',
    message: `${e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')} (${e.code}).`.replace('.. (', '. ('),
    range: rangeAt(state.lines, from, to),
  }
}

/** Plain data of a document; an alias bomb or other failure becomes a diagnostic and undefined data. */
function readData(doc: Document.Parsed, diagnostics: Diagnostic[]): unknown {
  if (doc.errors.length > 0) return undefined
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (err) {
    diagnostics.push({
      severity: 'error',
      rule: 'yaml-syntax',
      message: `This document cannot be read: ${err instanceof Error ? err.message : String(err)}. Aliases (*name) may expand at most ${MAX_ALIAS_COUNT} times.`,
    })
    return undefined
  }
}

/** Reads the plain data of document `index` of a parse, adding any diagnostic it raises. */
type DataReader = (doc: Document.Parsed, index: number, diagnostics: Diagnostic[]) => unknown

function describeDocuments(state: ParseState, diagnostics: Diagnostic[], dataOf: DataReader): DocumentInfo[] {
  const text = state.lines.text
  const starts = state.docs.map((d, i) => (i === 0 ? 0 : state.toOriginal(d.range[0])))
  return state.docs.map((doc, index) => {
    for (const e of doc.errors) diagnostics.push(yamlDiagnostic(state, e, 'error'))
    for (const w of doc.warnings) diagnostics.push(yamlDiagnostic(state, w, 'warning'))
    const before = diagnostics.length
    const data = dataOf(doc, index, diagnostics)
    return {
      index,
      from: starts[index] ?? 0,
      to: starts[index + 1] ?? text.length,
      kind: rootString(doc, ['kind']),
      apiVersion: rootString(doc, ['apiVersion']),
      name: rootString(doc, ['metadata', 'name']),
      namespace: rootString(doc, ['metadata', 'namespace']),
      data,
      hasErrors: doc.errors.length > 0 || diagnostics.length > before,
    }
  })
}

function chooseCanary(documents: readonly DocumentInfo[], chosen: number | undefined): number {
  if (chosen !== undefined) return documents[chosen]?.kind === 'Canary' ? chosen : -1
  return documents.findIndex((d) => d.kind === 'Canary')
}

function statusOf(documents: readonly DocumentInfo[], canaryIndex: number): ParseStatus {
  const canary = documents[canaryIndex]
  if (canary) return canary.hasErrors ? 'invalid' : 'ok'
  // Without a readable Canary, a broken document may be the Canary: call the file invalid, not Canary-less.
  if (documents.some((d) => d.hasErrors)) return 'invalid'
  if (documents.every((d) => d.data === null || d.data === undefined)) return 'empty'
  return 'no-canary'
}

/**
 * The ParsedFile of a parse. `dataOf` reads each document's data: `toJS` for a full parse; the incremental re-parse
 * passes the data it already knows, and everything else is derived here the same way for both.
 */
function buildParsedFile(
  text: string,
  state: ParseState,
  options: DocumentOptions,
  dataOf: DataReader = (doc, _index, diagnostics) => readData(doc, diagnostics),
): ParsedFile {
  const diagnostics: Diagnostic[] = goMultilineDiagnostics(state.lines, state.goScalars)
  const documents = describeDocuments(state, diagnostics, dataOf)
  const canaryIndex = chooseCanary(documents, options.canaryIndex)
  const status = statusOf(documents, canaryIndex)
  if (status === 'no-canary') {
    const which =
      options.canaryIndex === undefined
        ? 'No document has `kind: Canary`'
        : `Document ${options.canaryIndex + 1} is not a Canary`
    diagnostics.push({
      severity: 'warning',
      rule: 'no-canary',
      message: `${which}: there is nothing to edit or preview.`,
      range: rangeAt(state.lines, 0, 0),
    })
  }
  let canary: Canary | undefined
  const shell: ParsedFile = { text, documents, canaryIndex, canary: undefined, diagnostics: [], status }
  rememberState(shell, state)
  if (status === 'ok') {
    const typed = readTypedShared<Canary>(canaryNode, documents[canaryIndex]?.data)
    canary = typed.value
    diagnostics.push(...attachRanges(shell, typed.typeErrors))
  }
  const parsed: ParsedFile = { ...shell, canary, diagnostics }
  rememberState(parsed, state)
  return parsed
}

// The last parses. A form edit parses the text it edits (which the analysis has just parsed), reads its result back by
// parsing that, and the analysis then parses the result again: remembering two makes that one parse instead of
// three. A ParsedFile is never changed after it is built, so sharing one is safe.
const recentParses: { readonly requested: number | undefined; readonly parsed: ParsedFile }[] = []
const recentCount = 2

/** The same parse either way: an explicit index naming the Canary that the default (the first Canary) chose. */
function isSameChoice(parsed: ParsedFile, requested: number | undefined): boolean {
  if (parsed.canaryIndex < 0) return false
  const first = parsed.documents.findIndex((d) => d.kind === 'Canary')
  return requested === undefined
    ? first === parsed.canaryIndex
    : requested === parsed.canaryIndex && first === requested
}

function recentParse(text: string, requested: number | undefined): ParsedFile | undefined {
  return recentParses.find(
    (r) =>
      r.parsed.text === text &&
      (r.requested === requested || (isSameChoice(r.parsed, requested) && isSameChoice(r.parsed, r.requested))),
  )?.parsed
}

/** Forgets the remembered parses, so that the next parse of any text is a full one (tests compare against it). */
export function forgetRecentParses(): void {
  recentParses.length = 0
}

function remember(requested: number | undefined, parsed: ParsedFile): ParsedFile {
  recentParses.unshift({ requested, parsed })
  recentParses.length = Math.min(recentParses.length, recentCount)
  return parsed
}

/**
 * `parsed` with the Canary chosen by `options` instead: the same documents read from the same parse, so the text is
 * not parsed again (what a full parse with these options gives).
 */
export function chooseCanaryIn(parsed: ParsedFile, options: DocumentOptions): ParsedFile {
  const known = recentParse(parsed.text, options.canaryIndex)
  if (known) return known
  try {
    return remember(options.canaryIndex, buildParsedFile(parsed.text, stateOf(parsed), options))
  } catch {
    return parseDocument(parsed.text, options)
  }
}

/**
 * The parse of `text` made from `previous` when only one plain value (reparse-scalar-edit.ts) or one comment
 * (reparse-comment-edit.ts) changed.
 */
function reparseAfter(previous: ParsedFile, text: string, options: DocumentOptions): ParsedFile | undefined {
  try {
    const fast = reparseScalarEdit(previous, text) ?? reparseCommentEdit(previous, text)
    return fast && buildParsedFile(text, fast.state, options, (_doc, index) => fast.data[index])
  } catch {
    // The fast path is an optimisation only: whatever goes wrong in it, the full parse answers.
    return undefined
  }
}

/**
 * Parses a YAML file (one or more documents) into its documents, the Canary's typed view and diagnostics; never
 * throws. With `previous` (the parse of the text before a keystroke), a change inside one plain value or one
 * comment is applied to that parse instead of parsing the whole text again; the result is the same either way.
 */
export function parseDocument(text: string, options: DocumentOptions = {}, previous?: ParsedFile): ParsedFile {
  const known = recentParse(text, options.canaryIndex)
  if (known) return known
  const fast = previous && reparseAfter(previous, text, options)
  if (fast) return remember(options.canaryIndex, fast)
  try {
    return remember(options.canaryIndex, buildParsedFile(text, parseYamlText(text), options))
  } catch (err) {
    // Nothing in core throws on bad input: an internal failure is one more diagnostic.
    return {
      text,
      documents: [],
      canaryIndex: -1,
      canary: undefined,
      status: 'invalid',
      diagnostics: [
        {
          severity: 'error',
          rule: 'yaml-internal',
          message: `The YAML could not be read (${err instanceof Error ? err.message : String(err)}).`,
          range: rangeAt(indexLines(text), 0, 0),
        },
      ],
    }
  }
}
