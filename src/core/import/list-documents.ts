import { parseAllDocuments, type Document } from 'yaml'
import type { DocumentInfo } from '../document/types.ts'

/** The first YAML syntax error of a file, located for a message. */
export interface YamlSyntaxError {
  readonly message: string
  readonly line: number
  readonly column: number
}

/** Every document of a multi-document YAML text with its span, kind and name, plus the first syntax error. */
export function listDocuments(text: string): { documents: DocumentInfo[]; firstError: YamlSyntaxError | undefined } {
  let firstError: YamlSyntaxError | undefined
  const documents = parseAllDocuments(text).map((doc, index): DocumentInfo => {
    const error = doc.errors[0]
    if (error && !firstError) {
      const [line, column] = error.linePos ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
      // yaml's message repeats the position and quotes the source under it; the first line says what is wrong.
      firstError = { message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line, column }
    }
    const converted = doc.errors.length === 0 ? toPlainData(doc) : { ok: false as const }
    if (!converted.ok && converted.message && !firstError)
      firstError = { message: converted.message, ...lineColumnAt(text, doc.range[0]) }
    const data = converted.ok ? converted.data : undefined
    return { index, from: doc.range[0], to: doc.range[2], ...identify(data), data, hasErrors: !converted.ok }
  })
  return { documents, firstError }
}

function identify(data: unknown): Pick<DocumentInfo, 'kind' | 'apiVersion' | 'name' | 'namespace'> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {}
  const record = data as Record<string, unknown>
  const metadata = (typeof record.metadata === 'object' && record.metadata !== null ? record.metadata : {}) as Record<
    string,
    unknown
  >
  return {
    ...stringField('kind', record.kind),
    ...stringField('apiVersion', record.apiVersion),
    ...stringField('name', metadata.name),
    ...stringField('namespace', metadata.namespace),
  }
}

function stringField<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' ? ({ [key]: value } as Record<K, string>) : {}
}

function toPlainData(doc: Document.Parsed): { ok: true; data: unknown } | { ok: false; message?: string } {
  try {
    // The alias cap stops "billion laughs" documents that expand exponentially.
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) as unknown }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lastBreak = before.lastIndexOf('\n')
  return { line: before.split('\n').length, column: offset - lastBreak }
}
