import type { Diagnostic } from '../diagnostic.ts'
import { parseDocument } from '../document/parse-document.ts'
import type { DocumentInfo } from '../document/types.ts'
import { utf8Length } from '../text/utf8-length.ts'

// Importing replaces the user's document, so every check happens before anything is loaded. Only what cannot be
// text at all (too large, binary, mis-decoded) is refused; any other text loads as if it had been typed, and what
// is wrong with it (a YAML error, no Canary) comes back as a problem to show beside it.

/** The largest file we import; a Canary file is a few KB, so anything near this is a mistake (a log, a binary). */
export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024

/** A Canary the user can choose to edit, by its document index in the file. */
export interface CanaryChoice {
  readonly documentIndex: number
  readonly name: string | undefined
  readonly namespace: string | undefined
}

/** An importable file (its text unchanged, every document kept) or why it cannot be imported. */
export type ImportResult =
  | {
      readonly ok: true
      readonly text: string
      /** None while the text has no Canary or does not parse; when several, the user picks which one to edit. */
      readonly canaries: readonly CanaryChoice[]
      readonly documentCount: number
      /** Why the text cannot be edited in the form yet (a YAML error with its line and column, no Canary). */
      readonly problem?: string
    }
  | { readonly ok: false; readonly message: string }

/** Limits for inspectImport. */
export interface ImportOptions {
  readonly maxBytes?: number
}

/**
 * Checks a pasted or opened text before it replaces the document: size and text-ness refuse it; YAML syntax and
 * which Canaries it holds are reported with it.
 */
export function inspectImport(text: string, options: ImportOptions = {}): ImportResult {
  const refusal = textProblem(text, options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES)
  if (refusal) return { ok: false, message: refusal }
  if (text.trim() === '') return { ok: true, text, canaries: [], documentCount: 0, problem: 'The file is empty.' }
  const { documents, diagnostics } = parseDocument(text)
  const syntaxError = diagnostics.find((d) => d.severity === 'error' && d.rule.startsWith('yaml-'))
  const canaries = syntaxError ? [] : documents.filter((d) => d.kind === 'Canary').map(toChoice)
  const problem = syntaxError
    ? notYamlMessage(syntaxError)
    : canaries.length === 0
      ? noCanaryMessage(documents)
      : undefined
  return { ok: true, text, canaries, documentCount: documents.length, ...(problem === undefined ? {} : { problem }) }
}

/** The reason a text cannot be YAML at all (too large, binary, mis-decoded), or undefined when it can. */
export function textProblem(text: string, maxBytes: number): string | undefined {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is too large without counting.
  const bytes = text.length > maxBytes ? text.length : utf8Length(text)
  if (bytes > maxBytes) return tooLargeMessage(bytes, maxBytes)
  if (text.includes('\0')) return 'This looks like a binary file, not YAML text.'
  if (text.includes('\uFFFD')) {
    return 'The file is not valid UTF-8 text (it contains replacement characters where bytes could not be read). Save it as UTF-8 and try again.'
  }
  return undefined
}

function notYamlMessage(error: Diagnostic): string {
  const at = error.range ? ` (line ${error.range.start.line}, column ${error.range.start.column})` : ''
  return `This is not valid YAML${at}: ${error.message} Fix it in the editor.`
}

function toChoice(document: DocumentInfo): CanaryChoice {
  return { documentIndex: document.index, name: document.name, namespace: document.namespace }
}

function noCanaryMessage(documents: readonly DocumentInfo[]): string {
  if (documents.some(isListOfCanaries)) {
    return 'This file is a Kubernetes List (as `kubectl get -o yaml` prints several objects). Export a single Canary with `kubectl get canary <name> -o yaml`, or put each Canary in its own `---` document.'
  }
  const found = documents.filter((d) => d.data !== null && d.data !== undefined).map(describeDocument)
  const what = found.length > 0 ? ` It holds: ${found.join(', ')}.` : ''
  return `There is no Canary in this file: no document has \`kind: Canary\` (apiVersion flagger.app/v1beta1).${what}`
}

function describeDocument(document: DocumentInfo): string {
  if (document.kind === undefined) return typeof document.data === 'object' ? 'a mapping without kind' : 'a plain value'
  return document.name === undefined ? document.kind : `${document.kind} ${document.name}`
}

function isListOfCanaries(document: DocumentInfo): boolean {
  if (document.kind !== 'List' && !document.kind?.endsWith('List')) return false
  const items = (document.data as { items?: unknown }).items
  return Array.isArray(items) && items.some((item) => (item as { kind?: unknown } | null)?.kind === 'Canary')
}

/** The message for a file over the import limit, sizes in KB or MB. */
export function tooLargeMessage(bytes: number, maxBytes: number): string {
  return `The file is too large to import (${formatSize(bytes)}; the limit is ${formatSize(maxBytes)}).`
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}
