// A small validator for Kubernetes structural OpenAPI v3 schemas (the `openAPIV3Schema` of a CRD version), as the
// API server applies them on `kubectl apply` with strict field validation: types, unknown fields rejected,
// required, enum, bounds, oneOf/anyOf/allOf/not, nullable, x-kubernetes-int-or-string and
// x-kubernetes-preserve-unknown-fields. CEL rules (x-kubernetes-validations) and string formats are not evaluated.

/** The subset of a structural schema this validator understands. */
export interface OpenApiSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean'
  properties?: Record<string, OpenApiSchema>
  additionalProperties?: OpenApiSchema | boolean
  items?: OpenApiSchema
  required?: string[]
  enum?: unknown[]
  oneOf?: OpenApiSchema[]
  anyOf?: OpenApiSchema[]
  allOf?: OpenApiSchema[]
  not?: OpenApiSchema
  nullable?: boolean
  minimum?: number
  maximum?: number
  maxItems?: number
  minItems?: number
  maxLength?: number
  minLength?: number
  maxProperties?: number
  'x-kubernetes-int-or-string'?: boolean
  'x-kubernetes-preserve-unknown-fields'?: boolean
}

/** One violation: where (e.g. `spec.http[0].route`) and what. */
export interface SchemaError {
  readonly path: string
  readonly message: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key)

function typeErrors(s: OpenApiSchema, v: unknown, path: string): SchemaError[] {
  const fail = (what: string): SchemaError[] => [{ path, message: `${path || '<root>'}: expected ${what}, got ${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}` }]
  if (s['x-kubernetes-int-or-string']) return Number.isInteger(v) || typeof v === 'string' ? [] : fail('integer or string')
  switch (s.type) {
    case undefined:
      return []
    case 'object':
      return isRecord(v) ? [] : fail('object')
    case 'array':
      return Array.isArray(v) ? [] : fail('array')
    case 'integer':
      return Number.isInteger(v) ? [] : fail('integer')
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? [] : fail('number')
    default:
      return typeof v === s.type ? [] : fail(s.type)
  }
}

function boundErrors(s: OpenApiSchema, v: unknown, path: string): SchemaError[] {
  const out: SchemaError[] = []
  const add = (message: string) => out.push({ path, message: `${path}: ${message}` })
  if (s.enum && !s.enum.some((e) => e === v)) add(`unsupported value ${JSON.stringify(v)}: supported values: ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`)
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) add(`should be greater than or equal to ${s.minimum}`)
    if (s.maximum !== undefined && v > s.maximum) add(`should be less than or equal to ${s.maximum}`)
  }
  if (typeof v === 'string') {
    if (s.maxLength !== undefined && v.length > s.maxLength) add(`may not be longer than ${s.maxLength}`)
    if (s.minLength !== undefined && v.length < s.minLength) add(`should be at least ${s.minLength} chars long`)
  }
  if (Array.isArray(v)) {
    if (s.maxItems !== undefined && v.length > s.maxItems) add(`must have at most ${s.maxItems} items`)
    if (s.minItems !== undefined && v.length < s.minItems) add(`should have at least ${s.minItems} items`)
  }
  if (isRecord(v) && s.maxProperties !== undefined && Object.keys(v).length > s.maxProperties) add(`must have at most ${s.maxProperties} properties`)
  return out
}

function junctorErrors(s: OpenApiSchema, v: unknown, path: string): SchemaError[] {
  // Value validations: in a structural schema the branches only constrain (required, enum…); pruning and unknown
  // fields are decided by the surrounding schema, so branches are checked leniently.
  const ok = (b: OpenApiSchema) => check(b, v, path, true).length === 0
  const out: SchemaError[] = []
  if (s.oneOf && s.oneOf.filter(ok).length !== 1) out.push({ path, message: `${path}: must validate one and only one schema (oneOf)` })
  if (s.anyOf && !s.anyOf.some(ok)) out.push({ path, message: `${path}: must validate at least one schema (anyOf)` })
  for (const b of s.allOf ?? []) out.push(...check(b, v, path, true))
  if (s.not && ok(s.not)) out.push({ path, message: `${path}: must not validate the schema (not)` })
  return out
}

function objectErrors(s: OpenApiSchema, v: Record<string, unknown>, path: string, lenient: boolean): SchemaError[] {
  const out: SchemaError[] = []
  for (const key of s.required ?? []) if (!(key in v)) out.push({ path: join(path, key), message: `${join(path, key)}: Required value` })
  const open = lenient || s['x-kubernetes-preserve-unknown-fields'] === true
  for (const [key, child] of Object.entries(v)) {
    const childPath = join(path, key)
    const declared = s.properties?.[key]
    if (declared) out.push(...check(declared, child, childPath, lenient))
    else if (isRecord(s.additionalProperties)) out.push(...check(s.additionalProperties, child, childPath, lenient))
    else if (!open && s.additionalProperties !== true) out.push({ path: childPath, message: `unknown field "${childPath}"` })
  }
  return out
}

function check(s: OpenApiSchema, v: unknown, path: string, lenient: boolean): SchemaError[] {
  if (v === null) return s.nullable || lenient ? [] : [{ path, message: `${path}: expected ${s.type ?? 'a value'}, got null` }]
  const typed = typeErrors(s, v, path)
  if (typed.length > 0) return typed
  const out = [...boundErrors(s, v, path), ...junctorErrors(s, v, path)]
  if (isRecord(v) && (s.type === 'object' || s.properties || s.additionalProperties !== undefined || s.required)) out.push(...objectErrors(s, v, path, lenient))
  if (Array.isArray(v) && s.items) v.forEach((item, i) => out.push(...check(s.items as OpenApiSchema, item, join(path, i), lenient)))
  return out
}

/** Every violation of `schema` by `value`, unknown fields rejected as `kubectl apply` (strict) rejects them. */
export function validateOpenApi(schema: OpenApiSchema, value: unknown): SchemaError[] {
  return check(schema, value, '', false)
}

interface CrdDocument {
  spec: { group: string; names: { kind: string }; versions: { name: string; schema: { openAPIV3Schema: OpenApiSchema } }[] }
}

/** Validates a custom resource against one version of a CRD: apiVersion and kind, then everything but metadata. */
export function validateCustomResource(crd: unknown, version: string, object: unknown): SchemaError[] {
  const doc = crd as CrdDocument
  const v = doc.spec.versions.find((x) => x.name === version)
  if (!v) return [{ path: '', message: `the CRD has no version ${version}` }]
  if (!isRecord(object)) return [{ path: '', message: 'expected an object' }]
  const out: SchemaError[] = []
  const apiVersion = `${doc.spec.group}/${version}`
  if (object.apiVersion !== apiVersion) out.push({ path: 'apiVersion', message: `apiVersion must be ${apiVersion}` })
  if (object.kind !== doc.spec.names.kind) out.push({ path: 'kind', message: `kind must be ${doc.spec.names.kind}` })
  if (!isRecord(object.metadata) || typeof object.metadata.name !== 'string' || object.metadata.name === '')
    out.push({ path: 'metadata.name', message: 'metadata.name: Required value' })
  // apiVersion, kind and metadata are validated by the API server itself, not by the CRD's schema.
  const { apiVersion: _a, kind: _k, metadata: _m, ...rest } = object
  return [...out, ...validateOpenApi(v.schema.openAPIV3Schema, rest)]
}
