import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../core/analyze.ts'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { addRow, appendGatewayDocument, editRow, entryOptions, gatewayToAdd, patchRequest, removeRow } from './request-edit.ts'

describe('request-edit', () => {
  const canary = analyzeText(podinfoCanaryYaml).canary

  it('offers the Canary gateways, then mesh, and keeps a custom entry', () => {
    expect(entryOptions(canary, undefined)).toEqual(['istio-system/public-gateway', 'mesh'])
    expect(entryOptions(canary, 'other/gw')).toEqual(['istio-system/public-gateway', 'mesh', 'other/gw'])
  })

  it('edits rows without losing one to a duplicate name', () => {
    const rows = addRow([['x-canary', 'insider']])
    expect(addRow(rows)).toBe(rows)
    expect(editRow(rows, 1, 'x-canary', 'a')).toBeUndefined()
    expect(editRow(rows, 1, 'x-user', 'a')).toEqual([['x-canary', 'insider'], ['x-user', 'a']])
    expect(removeRow(rows, 0)).toEqual([['', '']])
  })

  it('drops empty maps and unset fields from a patched request', () => {
    expect(patchRequest({ entry: 'mesh', host: 'a', headers: { a: 'b' } }, { headers: {}, port: undefined })).toEqual({ entry: 'mesh', host: 'a' })
  })

  it('adds the referenced Gateway as a new document after the Canary, byte for byte, and lints clean', () => {
    const target = gatewayToAdd(canary, [])
    expect(target).toEqual({ namespace: 'istio-system', name: 'public-gateway' })
    const text = appendGatewayDocument(podinfoCanaryYaml, target!)
    expect(text.startsWith(`${podinfoCanaryYaml}---\n`)).toBe(true)
    const after = analyzeText(text)
    expect(after.gateways.map((g) => `${g.namespace}/${g.name}`)).toEqual(['istio-system/public-gateway'])
    expect(after.diagnostics.filter((d) => d.rule.startsWith('gateway-'))).toEqual([])
    expect(gatewayToAdd(after.canary, after.gateways)).toBeUndefined()
  })

  it('names the new Gateway after a reference missing from the file', () => {
    const text = podinfoCanaryYaml.replace('istio-system/public-gateway', 'edge/shop-gw')
    const target = gatewayToAdd(analyzeText(text).canary, [])
    expect(target).toEqual({ namespace: 'edge', name: 'shop-gw' })
    const after = analyzeText(appendGatewayDocument(text.trimEnd(), target!))
    expect(after.gateways.map((g) => `${g.namespace}/${g.name}`)).toEqual(['edge/shop-gw'])
    expect(after.diagnostics.filter((d) => d.rule.startsWith('gateway-'))).toEqual([])
  })
})
