import { describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { abTestingTemplate } from '../core/templates/ab-testing.ts'
import { createStudioStore } from './create-studio-store.ts'
import { replaceText } from './intents/replace-text.ts'
import { selectTick } from './intents/select-tick.ts'
import { setTraceRequest } from './intents/set-trace-request.ts'
import { showPanel } from './intents/show-panel.ts'
import { selectRouting } from './selectors.ts'
import { selectRequestPresets, selectRouteDecision, selectTraceRequest, selectTracedPath, tracerPanelId } from './trace-selectors.ts'

const shares = (s: ReturnType<typeof createStudioStore>) =>
  Object.fromEntries((selectRouteDecision(s.getState())?.workloads ?? []).map((w) => [w.name, w.percent]))

describe('request tracer selectors', () => {
  it('trace the first preset (from the internet) at the shown tick and follow the tick', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    expect(selectTraceRequest(store.getState())?.entry).toBe('istio-system/public-gateway')
    expect(shares(store)).toEqual({ 'podinfo-primary': 90, podinfo: 10 })
    selectTick(store, 3)
    const routing = selectRouting(store.getState())
    expect(shares(store)).toEqual({ 'podinfo-primary': routing.primaryWeight, podinfo: routing.canaryWeight })
  })

  it('re-evaluate a preset when the document changes', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    replaceText(store, podinfoCanaryYaml.replace('app.example.com', 'shop.example.org'), 'editor')
    expect(selectTraceRequest(store.getState())?.host).toBe('shop.example.org')
    expect(selectRouteDecision(store.getState())?.admitted).toBe(true)
  })

  it('keep a custom request as typed and return stable objects', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    setTraceRequest(store, { kind: 'custom', request: { entry: 'istio-system/public-gateway', host: 'nobody.example.org', port: 80, path: '/' } })
    const decision = selectRouteDecision(store.getState())
    expect(decision?.admitted).toBe(false)
    expect(decision?.status).toBe(404)
    expect(selectRouteDecision(store.getState())).toBe(decision)
  })

  it('send the A/B header preset of the A/B template to the canary', () => {
    const store = createStudioStore(abTestingTemplate)
    const preset = selectRequestPresets(store.getState()).find((p) => p.id === 'ab-header')
    expect(preset).toBeDefined()
    setTraceRequest(store, { kind: 'preset', id: 'ab-header' })
    expect(shares(store)).toEqual({ checkout: 100 })
  })
})

describe('selectTracedPath', () => {
  it('is undefined unless the Try a request tab is open', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    expect(selectTracedPath(store.getState())).toBeUndefined()
    showPanel(store, tracerPanelId)
    expect(selectTracedPath(store.getState())).toBeDefined()
  })

  it('lights gateway, VirtualService, both weighted Services and workloads for a request from the internet', () => {
    const store = createStudioStore(podinfoCanaryYaml, { activePanel: tracerPanelId })
    const path = selectTracedPath(store.getState())
    expect(path?.nodeIds).toEqual([
      'caller:internet',
      'gateway:istio-system/public-gateway',
      'virtualservice:podinfo',
      'service:podinfo-primary',
      'workload:podinfo-primary',
      'service:podinfo-canary',
      'workload:podinfo',
    ])
    expect(path?.edgeIds).toEqual([
      'caller:internet->gateway:istio-system/public-gateway',
      'gateway:istio-system/public-gateway->virtualservice:podinfo',
      'route:0:podinfo-primary',
      'service:podinfo-primary->workload:podinfo-primary',
      'route:0:podinfo-canary',
      'service:podinfo-canary->workload:podinfo',
    ])
    expect(path?.admitted).toBe(true)
    expect(selectTracedPath(store.getState())).toBe(path)
  })

  it('lights the in-mesh bypass to the apex Service when mesh is not bound', () => {
    const store = createStudioStore(podinfoCanaryYaml, { activePanel: tracerPanelId })
    setTraceRequest(store, { kind: 'preset', id: 'mesh' })
    const path = selectTracedPath(store.getState())
    expect(path?.nodeIds).toEqual(['caller:mesh', 'service:podinfo', 'workload:podinfo-primary'])
    expect(path?.edgeIds).toEqual(['caller:mesh->service:podinfo', 'service:podinfo->workload:podinfo-primary'])
  })

  it('lights only the canary route for the A/B header, and stops at the gateway for a rejected request', () => {
    const store = createStudioStore(abTestingTemplate, { activePanel: tracerPanelId })
    setTraceRequest(store, { kind: 'preset', id: 'ab-header' })
    expect(selectTracedPath(store.getState())?.edgeIds).toContain('route:0:checkout-canary')
    expect(selectTracedPath(store.getState())?.nodeIds).not.toContain('workload:checkout-primary')
    setTraceRequest(store, { kind: 'custom', request: { entry: 'istio-system/other', host: 'checkout.example.com' } })
    const rejected = selectTracedPath(store.getState())
    expect(rejected?.admitted).toBe(false)
    expect(rejected?.stopsAt).toBe('caller:internet')
  })

  it('lights the mirror copy separately', () => {
    const store = createStudioStore(podinfoCanaryYaml.replace('    stepWeight: 10\n', '    stepWeight: 10\n    mirror: true\n    iterations: 5\n').replace('    maxWeight: 50\n', ''), {
      activePanel: tracerPanelId,
    })
    const path = selectTracedPath(store.getState())
    expect(path?.mirrorEdgeIds[0]).toMatch(/^mirror:0:podinfo-canary/)
    expect(path?.mirrorNodeIds).toEqual(['service:podinfo-canary', 'workload:podinfo'])
  })
})
