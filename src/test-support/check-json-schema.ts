import type { JsonSchema } from '../core/catalog/json-schema.ts'

// A tiny draft-07 checker for the keywords canaryJsonSchema emits, so tests can validate documents against it
// without a dependency. Unknown keywords are ignored, as draft-07 says.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function typeOk(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isRecord(value)
    case 'array':
      return Array.isArray(value)
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'null':
      return value === null
    default:
      return false
  }
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, at: string, errors: string[]): void {
  for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${at}: missing required "${key}"`)
  for (const [key, child] of Object.entries(value)) {
    const declared = schema.properties?.[key]
    if (declared) check(declared, child, `${at}/${key}`, errors)
    else if (schema.additionalProperties === false) errors.push(`${at}: unexpected property "${key}"`)
    else if (isRecord(schema.additionalProperties)) check(schema.additionalProperties, child, `${at}/${key}`, errors)
  }
}

function checkScalar(schema: JsonSchema, value: unknown, at: string, errors: string[]): void {
  if (schema.enum && !schema.enum.some((e) => e === value)) errors.push(`${at}: not one of the enum values`)
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: pattern`)
    if (schema.minLength !== undefined && [...value].length < schema.minLength) errors.push(`${at}: minLength`)
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) errors.push(`${at}: maxLength`)
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: minimum`)
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: maximum`)
  }
}

function check(schema: JsonSchema, value: unknown, at: string, errors: string[]): void {
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    if (!types.some((t) => typeOk(t, value))) {
      errors.push(`${at}: expected ${types.join(' or ')}`)
      return
    }
  }
  checkScalar(schema, value, at, errors)
  if (isRecord(value)) checkObject(schema, value, at, errors)
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${at}: maxItems`)
    if (schema.items) value.forEach((item, i) => check(schema.items as JsonSchema, item, `${at}/${i}`, errors))
  }
  const passes = (s: JsonSchema) => validateJsonSchema(s, value).length === 0
  if (schema.oneOf && schema.oneOf.filter(passes).length !== 1)
    errors.push(`${at}: must match exactly one oneOf branch`)
  if (schema.anyOf && !schema.anyOf.some(passes)) errors.push(`${at}: must match an anyOf branch`)
  if (schema.not && passes(schema.not)) errors.push(`${at}: must not match the "not" schema`)
}

/** Validates `value` against `schema`; returns one message per violation (JSON-pointer path first). */
export function validateJsonSchema(schema: JsonSchema, value: unknown): string[] {
  const errors: string[] = []
  check(schema, value, '', errors)
  return errors
}

const draft07Keywords = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'markdownDescription',
  'deprecationMessage',
  'type',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'maxItems',
  'default',
  'examples',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
  'not',
])
const simpleTypes = new Set(['object', 'array', 'string', 'boolean', 'number', 'integer', 'null'])

/** Checks that a schema is well-formed draft-07 (known keywords, valid types and patterns); returns problems. */
export function checkSchemaShape(schema: unknown, at = '#'): string[] {
  if (!isRecord(schema)) return [`${at}: a schema must be an object`]
  const problems: string[] = []
  for (const [key, v] of Object.entries(schema)) {
    if (!draft07Keywords.has(key)) problems.push(`${at}: unknown keyword ${key}`)
    if (key === 'type' && ![v].flat().every((t) => typeof t === 'string' && simpleTypes.has(t)))
      problems.push(`${at}: bad type`)
    if (key === 'pattern') {
      try {
        new RegExp(String(v), 'u')
      } catch {
        problems.push(`${at}: pattern does not compile`)
      }
    }
    if (key === 'required' && !(Array.isArray(v) && v.every((k) => typeof k === 'string')))
      problems.push(`${at}: bad required`)
    if (key === 'properties' && isRecord(v))
      for (const [k, s] of Object.entries(v)) problems.push(...checkSchemaShape(s, `${at}/properties/${k}`))
    if (key === 'items' || key === 'not' || (key === 'additionalProperties' && typeof v !== 'boolean'))
      problems.push(...checkSchemaShape(v, `${at}/${key}`))
    if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(v))
      v.forEach((s, i) => problems.push(...checkSchemaShape(s, `${at}/${key}/${i}`)))
  }
  return problems
}
