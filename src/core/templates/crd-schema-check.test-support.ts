// Test support: checks plain data against a CRD's openAPIV3Schema the way `kubectl apply` with strict field
// validation would (types, unknown fields, required, enum, pattern, bounds, oneOf/anyOf/not). It covers the
// keywords the Flagger Canary CRD uses; CEL rules (x-kubernetes-validations) are not evaluated.

interface Schema {
  type?: string
  properties?: Record<string, Schema>
  additionalProperties?: Schema | boolean
  items?: Schema
  required?: string[]
  enum?: unknown[]
  pattern?: string
  minimum?: number
  maximum?: number
  oneOf?: Schema[]
  anyOf?: Schema[]
  not?: Schema
  'x-kubernetes-int-or-string'?: boolean
  'x-kubernetes-preserve-unknown-fields'?: boolean
}

/** The openAPIV3Schema of the first version of a CRD document (as JSON). */
export function crdSchema(crd: unknown): Schema {
  return (crd as { spec: { versions: { schema: { openAPIV3Schema: Schema } }[] } }).spec.versions[0]!.schema
    .openAPIV3Schema
}

/** Every violation of `schema` by `value`, as `path: problem` lines; empty when the value is valid. */
export function checkAgainstSchema(schema: Schema, value: unknown, path = '', isStructural = true): string[] {
  const errors = checkType(schema, value, path)
  if (errors.length > 0) return errors
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`)
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
    errors.push(`${path}: does not match ${schema.pattern}`)
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum)
    errors.push(`${path}: below ${schema.minimum}`)
  if (schema.maximum !== undefined && typeof value === 'number' && value > schema.maximum)
    errors.push(`${path}: above ${schema.maximum}`)
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => errors.push(...checkAgainstSchema(schema.items!, item, `${path}[${i}]`, isStructural)))
  if (isRecord(value)) errors.push(...checkObject(schema, value, path, isStructural))
  errors.push(...checkCombinators(schema, value, path))
  return errors
}

function checkType(schema: Schema, value: unknown, path: string): string[] {
  const ok = (() => {
    if (schema['x-kubernetes-int-or-string']) return typeof value === 'string' || Number.isInteger(value)
    switch (schema.type) {
      case 'object':
        return isRecord(value)
      case 'array':
        return Array.isArray(value)
      case 'string':
        return typeof value === 'string'
      case 'integer':
        return Number.isInteger(value)
      case 'number':
        return typeof value === 'number'
      case 'boolean':
        return typeof value === 'boolean'
      default:
        return true
    }
  })()
  return ok ? [] : [`${path}: expected ${schema.type ?? 'int-or-string'}, got ${JSON.stringify(value)}`]
}

function checkObject(schema: Schema, value: Record<string, unknown>, path: string, isStructural: boolean): string[] {
  const errors: string[] = []
  for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${path}: missing required ${key}`)
  for (const [key, child] of Object.entries(value)) {
    const childSchema =
      schema.properties?.[key] ??
      (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined)
    if (childSchema) errors.push(...checkAgainstSchema(childSchema, child, `${path}.${key}`, isStructural))
    // Only the structural schema prunes (rejects) unknown fields; oneOf/anyOf branches merely constrain.
    else if (isStructural && schema.properties && !schema['x-kubernetes-preserve-unknown-fields'])
      errors.push(`${path}: unknown field ${key}`)
  }
  return errors
}

function checkCombinators(schema: Schema, value: unknown, path: string): string[] {
  const errors: string[] = []
  const matches = (s: Schema) => checkAgainstSchema(s, value, path, false).length === 0
  if (schema.oneOf && schema.oneOf.filter(matches).length !== 1)
    errors.push(`${path}: must match exactly one of ${JSON.stringify(schema.oneOf)}`)
  if (schema.anyOf && !schema.anyOf.some(matches))
    errors.push(`${path}: must match one of ${JSON.stringify(schema.anyOf)}`)
  if (schema.not && matches(schema.not)) errors.push(`${path}: must not match ${JSON.stringify(schema.not)}`)
  return errors
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
