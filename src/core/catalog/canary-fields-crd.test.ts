import { describe, expect, it } from 'vitest'
import { hasReference, readReferenceJson } from '../../test-support/shared-reference.ts'
import { canaryNode, canarySpecNode } from './canary-fields.ts'
import type { FieldNode } from './dsl.ts'

// The catalog must mirror the upstream Canary CRD: every field, no invented one, the same enums, patterns,
// required keys, oneOf rules and CRD-declared bounds. Differences come back as readable lines.

type CrdSchema = Record<string, unknown> & {
  type?: string
  properties?: Record<string, CrdSchema>
  additionalProperties?: CrdSchema | boolean
  items?: CrdSchema
  required?: string[]
  enum?: unknown[]
  oneOf?: CrdSchema[]
}

function crdOneOf(schema: CrdSchema): { sets: string[][]; allowsNone: boolean } | undefined {
  if (!schema.oneOf) return undefined
  const sets = schema.oneOf.filter((b) => b.required).map((b) => [...(b.required ?? [])])
  return { sets, allowsNone: schema.oneOf.some((b) => 'not' in b) }
}

function compareScalar(crd: CrdSchema, node: FieldNode, at: string, out: string[]): void {
  if (crd['x-kubernetes-int-or-string']) {
    if (node.kind !== 'int-or-string') out.push(`${at}: CRD int-or-string, catalog ${node.kind}`)
    return
  }
  const kinds: Record<string, FieldNode['kind']> = {
    string: 'string',
    number: 'number',
    integer: 'number',
    boolean: 'boolean',
  }
  if (kinds[crd.type ?? ''] !== node.kind) return void out.push(`${at}: CRD ${crd.type}, catalog ${node.kind}`)
  if (crd.type === 'integer' && node.kind === 'number' && !node.integer)
    out.push(`${at}: CRD integer, catalog not integer`)
  if (node.kind === 'string') {
    expect.soft(node.enum ?? null, `${at} enum`).toEqual(crd.enum ?? null)
    expect.soft(node.pattern ?? null, `${at} pattern`).toEqual(crd.pattern ?? null)
    for (const k of ['minLength', 'maxLength'] as const)
      if (crd[k] !== undefined) expect.soft(node[k], `${at} ${k}`).toBe(crd[k])
  }
  if (node.kind === 'number')
    for (const k of ['minimum', 'maximum'] as const)
      if (crd[k] !== undefined) expect.soft(node[k], `${at} ${k}`).toBe(crd[k])
  if (crd.default !== undefined) expect.soft(node.default, `${at} default`).toEqual(crd.default)
}

function compare(crd: CrdSchema, node: FieldNode, at: string, out: string[]): void {
  if (crd.required) expect.soft([...(node.required ?? [])].sort(), `${at} required`).toEqual([...crd.required].sort())
  if (crd.type === 'array') {
    if (node.kind !== 'list') return void out.push(`${at}: CRD array, catalog ${node.kind}`)
    if (crd.maxItems !== undefined) expect.soft(node.maxItems, `${at} maxItems`).toBe(crd.maxItems)
    return compare(crd.items ?? {}, node.items, `${at}[]`, out)
  }
  if (crd.properties) {
    if (node.kind !== 'object') return void out.push(`${at}: CRD object with properties, catalog ${node.kind}`)
    const crdKeys = Object.keys(crd.properties).sort()
    const ours = Object.keys(node.fields).sort()
    for (const k of crdKeys) if (!ours.includes(k)) out.push(`${at}.${k}: missing from the catalog`)
    for (const k of ours) if (!crdKeys.includes(k)) out.push(`${at}.${k}: not in the CRD (invented)`)
    const oneOf = crdOneOf(crd)
    expect.soft(node.oneOfRequired?.map((s) => [...s]) ?? null, `${at} oneOf`).toEqual(oneOf?.sets ?? null)
    expect.soft(node.oneOfAllowsNone ?? false, `${at} oneOf allows none`).toBe(oneOf?.allowsNone ?? false)
    for (const k of crdKeys) {
      const child = node.fields[k]
      // The CRD nests consistentHash's own oneOf inside loadBalancer's oneOf branch; the catalog puts it on the field.
      const nested = crd.oneOf?.find((b) => b.properties?.[k]?.oneOf)?.properties?.[k]?.oneOf
      const own = crd.properties[k]
      const sub = own && nested && !own.oneOf ? { ...own, oneOf: nested } : own
      if (child && sub) compare(sub, child, `${at}.${k}`, out)
    }
    return
  }
  if (typeof crd.additionalProperties === 'object') {
    if (node.kind !== 'map') return void out.push(`${at}: CRD map, catalog ${node.kind}`)
    return compare(crd.additionalProperties, node.values, `${at}.*`, out)
  }
  compareScalar(crd, node, at, out)
}

function crdRoot(): CrdSchema {
  const crd = readReferenceJson('flagger-canary-crd.json') as {
    spec: { versions: { name: string; schema: { openAPIV3Schema: CrdSchema } }[] }
  }
  const version = crd.spec.versions.find((v) => v.name === 'v1beta1')
  if (!version) throw new Error('no v1beta1 in the CRD')
  return version.schema.openAPIV3Schema
}

describe.skipIf(!hasReference)('catalog against the upstream Canary CRD', () => {
  it('has every spec field of the CRD, no other, with the same types, enums, patterns and required keys', () => {
    const spec = crdRoot().properties?.spec
    expect(spec).toBeDefined()
    const problems: string[] = []
    compare(spec ?? {}, canarySpecNode, 'spec', problems)
    expect(problems).toEqual([])
  })

  it('has the top-level keys of the CRD except status (Flagger writes it)', () => {
    const keys = Object.keys(crdRoot().properties ?? {}).filter((k) => k !== 'status')
    expect(Object.keys(canaryNode.fields).sort()).toEqual(keys.sort())
  })
})
