import { Document, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Scalar } from 'yaml'
import { canaryNode, type Canary } from './catalog/canary-fields.ts'
import { readTyped } from './catalog/read-typed.ts'
import type { Diagnostic, TextPosition } from './diagnostic.ts'
import type { DocumentInfo, Edit, EditResult, ParsedFile, ParseStatus } from './document/types.ts'

// A minimal stand-in for core/document (parseDocument, applyEdit) so the shell runs until that branch lands;
// analyze.ts and the store switch to the real module then and this file goes away.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function positionAt(lines: LineCounter, offset: number): TextPosition {
  const { line, col } = lines.linePos(offset)
  return { line, column: col, offset }
}

function describeDocument(doc: Document.Parsed, index: number): DocumentInfo {
  const hasErrors = doc.errors.length > 0
  const data: unknown = hasErrors ? undefined : doc.toJS({ maxAliasCount: 100 })
  const meta = isRecord(data) && isRecord(data.metadata) ? data.metadata : {}
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
  return {
    index,
    from: doc.range[0],
    to: doc.range[2],
    kind: isRecord(data) ? str(data.kind) : undefined,
    apiVersion: isRecord(data) ? str(data.apiVersion) : undefined,
    name: str(meta.name),
    namespace: str(meta.namespace),
    data,
    hasErrors,
  }
}

/** Parses a (multi-document) file and reads the first Canary into the catalog's typed view. */
export function parseDocument(text: string): ParsedFile {
  const lines = new LineCounter()
  const docs = parseAllDocuments(text, { lineCounter: lines, keepSourceTokens: true })
  const list = Array.isArray(docs) ? docs : []
  const diagnostics: Diagnostic[] = []
  for (const doc of list)
    for (const e of [...doc.errors, ...doc.warnings])
      diagnostics.push({
        severity: e.name === 'YAMLWarning' ? 'warning' : 'error',
        rule: 'yaml-syntax',
        message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '.'),
        range: { start: positionAt(lines, e.pos[0]), end: positionAt(lines, e.pos[1]) },
      })
  const documents = list.map(describeDocument)
  const canaryIndex = documents.findIndex((d) => d.kind === 'Canary')
  const hasErrors = diagnostics.some((d) => d.severity === 'error')
  const status: ParseStatus = hasErrors ? 'invalid' : text.trim() === '' ? 'empty' : canaryIndex < 0 ? 'no-canary' : 'ok'
  let canary: Canary | undefined
  if (status === 'ok') {
    const read = readTyped<Canary>(canaryNode, documents[canaryIndex]?.data)
    canary = read.value
    diagnostics.push(...read.typeErrors)
  }
  return { text, documents, canaryIndex, canary, diagnostics, status }
}

function scalarSource(value: unknown, original: Scalar | undefined): string {
  if (typeof value === 'string' && original?.type === 'QUOTE_DOUBLE') return JSON.stringify(value)
  return new Document(value).toString().trimEnd()
}

/** Applies one edit to the first Canary document: a scalar in place by its span, anything else re-serialised. */
export function applyEdit(text: string, edit: Edit): EditResult {
  const docs = parseAllDocuments(text, { keepSourceTokens: true })
  if (!Array.isArray(docs)) return { ok: false, message: 'The text has no YAML document.' }
  const doc = docs.find((d) => isRecord(d.toJS()) && (d.toJS() as Record<string, unknown>).kind === 'Canary')
  if (!doc) return { ok: false, message: 'The text has no Canary document to edit.' }
  if (doc.errors.length > 0) return { ok: false, message: 'Fix the YAML syntax errors before editing from the form.' }
  const node = doc.getIn(edit.path, true)
  const isScalarValue = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v)
  if (edit.kind === 'set' && isScalar(node) && node.range && isScalarValue(edit.value)) {
    const [from, to] = node.range
    return { ok: true, text: text.slice(0, from) + scalarSource(edit.value, node) + text.slice(to), reformatted: false }
  }
  if (edit.kind === 'set') doc.setIn(edit.path, edit.value)
  else if (edit.kind === 'remove') doc.deleteIn(edit.path)
  else {
    const seq = doc.getIn(edit.path, true)
    if (edit.kind === 'insert' && seq === undefined) doc.setIn(edit.path, [edit.value])
    else if (!isSeq(seq)) return { ok: false, message: 'That field is not a list.' }
    else if (edit.kind === 'insert') seq.items.splice(edit.index, 0, doc.createNode(edit.value))
    else {
      const [item] = seq.items.splice(edit.from, 1)
      if (item !== undefined) seq.items.splice(edit.to, 0, item)
    }
  }
  if (isMap(doc.contents) || isSeq(doc.contents)) {
    const [from, , to] = doc.range
    return { ok: true, text: text.slice(0, from) + doc.toString() + text.slice(to), reformatted: true }
  }
  return { ok: false, message: 'The Canary document is not a mapping.' }
}
