import { parseAllDocuments } from 'yaml'
import { canaryNode, type Canary } from '../../core/catalog/canary-fields.ts'
import { readTyped } from '../../core/catalog/read-typed.ts'
import { formatPath } from '../../core/diagnostic.ts'
import type { CliIo } from '../cli-io.ts'

/** A Canary read from a file or stdin, with the warnings its reading produced; or why it could not be read. */
export type CanaryInput = { ok: true; canary: Canary; warnings: string[] } | { ok: false; message: string }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Reads the first `kind: Canary` document of a YAML file (or the only document). Until the document layer's
 * parseDocument lands, this parses with `yaml` and reads the catalog's typed view.
 */
export function readCanaryInput(io: CliIo, pathOrDash: string): CanaryInput {
  let text: string
  try {
    text = io.readInput(pathOrDash)
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) }
  }
  const docs = parseAllDocuments(text)
  if (!Array.isArray(docs)) return { ok: false, message: `${pathOrDash}: no YAML document found` }
  const broken = docs.find((d) => d.errors.length > 0)
  const firstError = broken?.errors[0]
  if (firstError) {
    // yaml's own message already says where ("… at line 2, column 1:").
    const message = (firstError.message.split('\n')[0] ?? '').replace(/:$/, '')
    return { ok: false, message: `${pathOrDash}: invalid YAML: ${message}` }
  }
  const values = docs.map((d) => d.toJS() as unknown)
  const raw = values.find((v) => isRecord(v) && v.kind === 'Canary') ?? (values.length === 1 ? values[0] : undefined)
  if (!isRecord(raw)) return { ok: false, message: `${pathOrDash}: no Canary document (a mapping with kind: Canary) found` }
  const { value, typeErrors } = readTyped<Canary>(canaryNode, raw)
  if (!value) return { ok: false, message: `${pathOrDash}: the Canary could not be read` }
  const warnings = typeErrors.map((d) => `warning: ${d.path ? formatPath(d.path) + ': ' : ''}${d.message} (ignored)`)
  return { ok: true, canary: value, warnings }
}
