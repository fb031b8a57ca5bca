import { canaryNode } from './canary-fields.ts'
import type { FieldNode, ObjectNode } from './dsl.ts'
import { describeNode } from './field-docs.ts'

// The catalog as JSON Schema draft-07, for monaco-yaml (completion, hover, markers) and other editors
// (`# yaml-language-server: $schema=…`). Only admission-level rules go here (types, enums, CRD patterns, required,
// oneOf, bounds): everything Flagger accepts but handles surprisingly is lint (src/core/validate), as warnings.

/** The subset of JSON Schema draft-07 we emit, plus the editor extensions monaco-yaml reads. */
export interface JsonSchema {
  $schema?: string
  $id?: string
  title?: string
  description?: string
  markdownDescription?: string
  deprecationMessage?: string
  type?: string | string[]
  enum?: unknown[]
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  maxItems?: number
  default?: unknown
  examples?: unknown[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  not?: JsonSchema
}

/** Plain-text description for editors that do not render markdown: the doc without backticks. */
function plain(markdown: string): string {
  return markdown.replaceAll('`', '').replaceAll('**', '')
}

function annotate(node: FieldNode, schema: JsonSchema): JsonSchema {
  const markdown = describeNode(node)
  if (node.label) schema.title = node.label
  if (markdown) {
    schema.description = plain(markdown)
    schema.markdownDescription = markdown
  }
  if (node.default !== undefined) schema.default = node.default
  if (node.example !== undefined) schema.examples = [node.example]
  if (node.deprecated) schema.deprecationMessage = node.deprecated
  return schema
}

function oneOfSchemas(node: ObjectNode): JsonSchema[] | undefined {
  const sets = node.oneOfRequired
  if (!sets) return undefined
  const branches: JsonSchema[] = sets.map((keys) => ({ required: [...keys] }))
  // The CRD's string matches allow none of the keys as well: `oneOf: [{not: {anyOf: [...]}}, ...]`.
  if (node.oneOfAllowsNone) branches.unshift({ not: { anyOf: sets.map((keys) => ({ required: [...keys] })) } })
  return branches
}

function objectSchema(node: ObjectNode): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const [key, child] of Object.entries(node.fields)) properties[key] = toSchema(child)
  const schema: JsonSchema = { type: 'object', properties }
  if (node.required && node.required.length > 0) schema.required = [...node.required]
  // The CRD lists fixed properties; the API server prunes (and `kubectl apply` rejects) anything else.
  schema.additionalProperties = node.open === true
  const oneOf = oneOfSchemas(node)
  if (oneOf) schema.oneOf = oneOf
  return schema
}

function toSchema(node: FieldNode): JsonSchema {
  switch (node.kind) {
    case 'string': {
      const s: JsonSchema = { type: 'string' }
      if (node.enum) s.enum = [...node.enum]
      if (node.pattern !== undefined) s.pattern = node.pattern
      if (node.minLength !== undefined) s.minLength = node.minLength
      if (node.maxLength !== undefined) s.maxLength = node.maxLength
      return annotate(node, s)
    }
    case 'number': {
      // Flagger decodes these into Go ints: a fraction passes admission but the Canary cannot be decoded (§c.1).
      const s: JsonSchema = { type: node.integer ? 'integer' : 'number' }
      if (node.minimum !== undefined) s.minimum = node.minimum
      if (node.maximum !== undefined) s.maximum = node.maximum
      return annotate(node, s)
    }
    case 'boolean':
      return annotate(node, { type: 'boolean' })
    case 'int-or-string':
      return annotate(node, { type: ['integer', 'string'] })
    case 'object':
      return annotate(node, objectSchema(node))
    case 'map':
      return annotate(node, { type: 'object', additionalProperties: toSchema(node.values) })
    case 'list': {
      const s: JsonSchema = { type: 'array', items: toSchema(node.items) }
      if (node.maxItems !== undefined) s.maxItems = node.maxItems
      return annotate(node, s)
    }
  }
}

/** JSON Schema (draft-07) of a Canary document, derived from the field catalog. */
export function canaryJsonSchema(): JsonSchema {
  const root = toSchema(canaryNode)
  // status is Flagger's to write; an exported Canary may carry it, and nothing here reads it.
  const status: JsonSchema = { type: 'object', description: 'Written by Flagger; ignored when applied.' }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://canary-studio.local/schemas/flagger-canary-v1beta1.json',
    ...root,
    title: 'Flagger Canary (flagger.app/v1beta1)',
    properties: { ...root.properties, status },
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
  }
}
