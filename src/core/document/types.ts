import type { Canary } from '../catalog/canary-fields.ts'
import type { Diagnostic, FieldPath, TextRange } from '../diagnostic.ts'

/** One YAML document of a (possibly multi-document) file. */
export interface DocumentInfo {
  readonly index: number
  /** Byte range of the document in the file text (0-based offsets, end exclusive). */
  readonly from: number
  readonly to: number
  readonly kind?: string
  readonly apiVersion?: string
  readonly name?: string
  readonly namespace?: string
  /** Plain data of the document (as `yaml` parses it), undefined when it does not parse. */
  readonly data: unknown
  readonly hasErrors: boolean
}

export type ParseStatus = 'ok' | 'invalid' | 'empty' | 'no-canary'

/** The result of parsing a file: every document, the edited Canary's typed view, and every problem found. */
export interface ParsedFile {
  readonly text: string
  readonly documents: readonly DocumentInfo[]
  /** Index in `documents` of the Canary being edited (the first `kind: Canary`, unless chosen), -1 when none. */
  readonly canaryIndex: number
  /** Typed view of that Canary; undefined when status is not 'ok'. */
  readonly canary: Canary | undefined
  /** Syntax errors and warnings (with ranges), schema type errors (with paths and ranges). */
  readonly diagnostics: readonly Diagnostic[]
  readonly status: ParseStatus
}

export type Edit =
  | { readonly kind: 'set'; readonly path: FieldPath; readonly value: unknown }
  | { readonly kind: 'remove'; readonly path: FieldPath }
  | { readonly kind: 'insert'; readonly path: FieldPath; readonly index: number; readonly value: unknown }
  | { readonly kind: 'move'; readonly path: FieldPath; readonly from: number; readonly to: number }

export type EditResult =
  | {
      readonly ok: true
      readonly text: string
      /** True when the edit could not be made by source spans and the document was re-serialised (flow style, aliases). */
      readonly reformatted: boolean
    }
  | { readonly ok: false; readonly message: string }

export type { TextRange }
