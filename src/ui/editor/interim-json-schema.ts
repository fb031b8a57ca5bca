import type { FieldNode } from '../../core/catalog/dsl.ts'
import type { JSONSchema } from 'monaco-yaml'

// A first cut of the editor's schema, derived from the catalog; the catalog branch's canaryJsonSchema()
// (core/catalog/json-schema.ts) replaces it.

/** The JSON Schema of one catalog node: types, enums, bounds, required keys and docs. */
export function catalogJsonSchema(node: FieldNode): JSONSchema {
  const meta: JSONSchema = {}
  if (node.doc) meta.description = node.doc
  if (node.default !== undefined) meta.default = node.default
  switch (node.kind) {
    case 'string':
      return { ...meta, type: 'string', ...(node.enum ? { enum: [...node.enum] } : {}), ...(node.pattern ? { pattern: node.pattern } : {}) }
    case 'number':
      return {
        ...meta,
        type: node.integer ? 'integer' : 'number',
        ...(node.minimum !== undefined ? { minimum: node.minimum } : {}),
        ...(node.maximum !== undefined ? { maximum: node.maximum } : {}),
      }
    case 'boolean':
      return { ...meta, type: 'boolean' }
    case 'int-or-string':
      return { ...meta, anyOf: [{ type: 'integer' }, { type: 'string' }] }
    case 'list':
      return { ...meta, type: 'array', items: catalogJsonSchema(node.items) }
    case 'map':
      return { ...meta, type: 'object', additionalProperties: catalogJsonSchema(node.values) }
    case 'object':
      return {
        ...meta,
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.fields).map(([k, v]) => [k, catalogJsonSchema(v)])),
        ...(node.required ? { required: [...node.required] } : {}),
        ...(node.open ? {} : { additionalProperties: false }),
      }
  }
}
