import { describe, expect, it } from 'vitest'
import { buildTrafficGraph } from '../../core/traffic/build-traffic-graph.ts'
import type { RoutingState } from '../../core/model/routing.ts'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import { edgeText, labelLines, labelSize, placeLabels } from './edge-labels.ts'
import { buildDiagramSvg } from './export-svg.ts'
import { createFlowCache, primaryField, toFlowEdges, toFlowNodes } from './flow-elements.ts'
import { chooseLayout, fitZoom, LEGIBLE_ZOOM } from './choose-density.ts'
import { densities } from './density.ts'
import { layoutGraph } from './layout.ts'
import { templates } from '../../core/templates/templates.ts'

const at = (primaryWeight: number, canaryWeight: number): RoutingState => ({
  primaryWeight,
  canaryWeight,
  mirrored: false,
  hasPreviousAffinityCookie: false,
})
const canary = (name: string, gateways = '[istio-system/public-gateway]') =>
  canaryFromYaml(`
metadata: {name: ${name}, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  service: {port: 80, targetPort: 9898, gateways: ${gateways}, hosts: [app.example.com]}
  analysis: {interval: 1m, threshold: 5, stepWeight: 10, maxWeight: 50}
`)

describe('layoutGraph', () => {
  it('lays columns left to right, the ingress lane above the mesh lane', () => {
    const g = buildTrafficGraph(canary('podinfo'), at(90, 10))
    const { boxes } = layoutGraph(g)
    const box = (id: string) => boxes.get(id)!
    expect(box('caller:internet').x).toBeLessThan(box('gateway:istio-system/public-gateway').x)
    expect(box('gateway:istio-system/public-gateway').x).toBeLessThan(box('virtualservice:podinfo').x)
    expect(box('virtualservice:podinfo').x).toBeLessThan(box('service:podinfo-canary').x)
    expect(box('caller:internet').y).toBeLessThan(box('caller:mesh').y)
    // the apex Service, reached by the in-mesh bypass, sits at the bottom of its column
    expect(box('service:podinfo').y).toBeGreaterThan(box('service:podinfo-canary').y)
  })

  it('is deterministic: a renamed Canary or another weight moves no node', () => {
    const a = layoutGraph(buildTrafficGraph(canary('podinfo'), at(90, 10)))
    const b = layoutGraph(buildTrafficGraph(canary('a-much-longer-service-name'), at(50, 50)))
    const positions = (l: typeof a) => [...l.boxes.values()].map((x) => [x.x, x.y, x.width, x.height])
    expect(positions(b)).toEqual(positions(a))
  })

  it.each(densities)('keeps nodes apart within each column (%s)', (density) => {
    const { boxes } = layoutGraph(
      buildTrafficGraph(canary('podinfo', '[istio-system/public-gateway, mesh]'), at(90, 10)),
      density,
    )
    const list = [...boxes.values()]
    for (const p of list)
      for (const q of list)
        if (p !== q && p.x === q.x) expect(p.y + p.height <= q.y || q.y + q.height <= p.y).toBe(true)
  })
})

describe('densities', () => {
  const positions = (l: ReturnType<typeof layoutGraph>) =>
    [...l.boxes.entries()].map(([id, b]) => [
      id.replace(/podinfo|a-much-longer-service-name|checkout|shop-front/g, 'X'),
      b.x,
      b.y,
      b.width,
      b.height,
    ])
  const renamed = (text: string) => text.replaceAll('checkout', 'shop-front')

  it.each(densities)('%s is deterministic: a renamed Canary or another weight moves no node', (density) => {
    for (const gateways of ['[istio-system/public-gateway]', '[istio-system/public-gateway, mesh]', '[mesh]']) {
      const a = layoutGraph(buildTrafficGraph(canary('podinfo', gateways), at(90, 10)), density)
      const b = layoutGraph(buildTrafficGraph(canary('a-much-longer-service-name', gateways), at(50, 50)), density)
      expect(positions(b)).toEqual(positions(a))
    }
  })

  it.each(templates.map((t) => [t.id, t.text] as const))(
    'every density of the %s template is deterministic under renames and weights',
    (_id, text) => {
      for (const density of densities) {
        const a = layoutGraph(buildTrafficGraph(canaryFromYaml(text), at(90, 10)), density)
        const b = layoutGraph(buildTrafficGraph(canaryFromYaml(renamed(text)), at(0, 100)), density)
        expect(positions(b)).toEqual(positions(a))
      }
    },
  )

  it('folded draws three columns: callers fold into their gateway, workloads and the autoscaler into their Service', () => {
    const scaled = canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
  autoscalerRef: {apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, name: podinfo}
  service: {port: 80, targetPort: 9898, gateways: [istio-system/public-gateway, mesh], hosts: [app.example.com]}
  analysis: {interval: 1m, threshold: 5, stepWeight: 10, maxWeight: 50}
`)
    const g = buildTrafficGraph(scaled, at(90, 10))
    const { boxes } = layoutGraph(g, 'folded')
    expect([...boxes.keys()].sort()).toEqual([
      'gateway:istio-system/public-gateway',
      'gateway:mesh',
      'service:podinfo',
      'service:podinfo-canary',
      'service:podinfo-primary',
      'virtualservice:podinfo',
    ])
    expect(new Set([...boxes.values()].map((b) => b.x)).size).toBe(3)
    const nodes = toFlowNodes(g, layoutGraph(g, 'folded'), 'podinfo')
    expect(nodes.find((n) => n.id === 'service:podinfo-primary')?.data.workload).toMatchObject({
      name: 'podinfo-primary',
      label: 'deploy·hpa',
    })
  })

  it('folded keeps the in-mesh callers when they bypass the VirtualService, and their bypass edge', () => {
    const g = buildTrafficGraph(canary('podinfo'), at(90, 10))
    const layout = layoutGraph(g, 'folded')
    expect(layout.boxes.has('caller:mesh')).toBe(true)
    expect(layout.boxes.has('caller:internet')).toBe(false)
    const edges = toFlowEdges(g, placeLabels(g, layout), [], layout)
    expect(edges.some((e) => e.data?.edge.kind === 'bypass')).toBe(true)
    expect(edges.every((e) => layout.boxes.has(e.source) && layout.boxes.has(e.target))).toBe(true)
  })

  it('each density is smaller than the one before it', () => {
    const g = buildTrafficGraph(canaryFromYaml(templates[0]!.text), at(90, 10))
    const [detailed, chips, folded] = densities.map((d) => layoutGraph(g, d))
    expect(chips!.width).toBeLessThan(detailed!.width)
    expect(folded!.width).toBeLessThan(chips!.width)
    expect(chips!.height).toBeLessThan(detailed!.height)
  })

  it('chooses the richest density that fits at a legible zoom, else the one that fits largest', () => {
    const g = buildTrafficGraph(canaryFromYaml(templates[0]!.text), at(90, 10))
    expect(chooseLayout(g, { width: 2400, height: 900 }).density).toBe('detailed')
    expect(chooseLayout(g, { width: 1018, height: 460 }).density).toBe('chips')
    const small = chooseLayout(g, { width: 464, height: 148 })
    expect(small.density).toBe('folded')
    expect(fitZoom(small, { width: 464, height: 148 })).toBeLessThan(LEGIBLE_ZOOM)
    expect(fitZoom(small, { width: 464, height: 148 })).toBeGreaterThan(0.72)
    expect(chooseLayout(g, undefined).density).toBe('detailed')
  })
})

describe('flow elements and labels', () => {
  it('reuses unchanged nodes and edges, so React Flow skips them', () => {
    const g1 = buildTrafficGraph(canary('podinfo'), at(90, 10))
    const g2 = buildTrafficGraph(canary('podinfo'), at(80, 20))
    const n1 = toFlowNodes(g1, layoutGraph(g1), 'podinfo')
    const n2 = toFlowNodes(g2, layoutGraph(g2), 'podinfo', n1)
    expect(n2.every((n, i) => n === n1[i])).toBe(true)
    const e1 = toFlowEdges(g1, placeLabels(g1, layoutGraph(g1)))
    const e2 = toFlowEdges(g2, placeLabels(g2, layoutGraph(g2)), e1)
    expect(e2.find((e) => e.id === 'route:0:podinfo-canary')).not.toBe(
      e1.find((e) => e.id === 'route:0:podinfo-canary'),
    )
    expect(e2.find((e) => e.id === 'caller:internet->gateway:istio-system/public-gateway')).toBe(
      e1.find((e) => e.id === 'caller:internet->gateway:istio-system/public-gateway'),
    )
  })

  it('cuts long conditions but keeps the weight', () => {
    expect(edgeText({ label: 'x-canary = insider or cookie ~ ^(.*?;)?(canary=always)(;.*)?$ · 100%' })).toBe(
      'x-canary = insider or cookie … · 100%',
    )
    expect(edgeText({ label: '90%' })).toBe('90%')
  })

  it('labels 0 % routes with nothing, so active labels get the room', () => {
    const g = buildTrafficGraph(canary('podinfo'), at(100, 0))
    const labels = placeLabels(g, layoutGraph(g))
    const route = (host: string) => g.edges.find((e) => e.kind === 'route' && e.target === `service:${host}`)!
    expect(labels.has(route('podinfo-primary').id)).toBe(true)
    expect(labels.has(route('podinfo-canary').id)).toBe(false)
  })

  it('places labels without overlaps', () => {
    const g = buildTrafficGraph(canary('podinfo'), at(90, 10))
    const labels = [...placeLabels(g, layoutGraph(g)).values()]
    for (const a of labels)
      for (const b of labels)
        if (a !== b)
          expect(Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height).toBe(
            true,
          )
  })

  it('a Service reveals its own settings (nearest key service:), other elements their first field', () => {
    const g = buildTrafficGraph(canary('podinfo'), at(90, 10))
    expect(primaryField(g.nodes.find((n) => n.id === 'service:podinfo-canary')!)).toEqual(['spec', 'service', 'canary'])
    expect(primaryField(g.nodes.find((n) => n.id === 'gateway:istio-system/public-gateway')!)).toEqual([
      'spec',
      'service',
      'gateways',
      0,
    ])
  })

  it('exports a self-contained SVG with every node and the weight labels', () => {
    const g = buildTrafficGraph(canary('podinfo'), at(90, 10))
    const svg = buildDiagramSvg(g, layoutGraph(g))
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    for (const n of g.nodes) expect(svg).toContain(`data-id="${n.id}"`)
    expect(svg).toContain('>90%<')
    expect(svg).toContain('>10%<')
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
  })
})

describe('labelLines', () => {
  it('keeps a short label on one line and breaks a wide one after its condition', () => {
    expect(labelLines({ label: '90%' })).toEqual(['90%'])
    expect(labelLines({ label: 'x-canary = a · 100%' })).toEqual(['x-canary = a · 100%'])
    expect(labelLines({ label: 'cookie checkout-primary · 100%' })).toEqual(['cookie checkout-primary', '100%'])
  })

  it('sizes a broken label by its widest line and all its lines', () => {
    const one = labelSize({ label: 'cookie checkout-primary · 100%' })
    expect(one.width).toBeLessThanOrEqual(170)
    expect(one.height).toBe(6 + 13 * 2)
    expect(labelSize({ label: 'cookie checkout-primary · 100%', secondaryLabel: 'sticky' }).height).toBe(6 + 13 * 3)
  })
})

describe('createFlowCache', () => {
  it('returns the same node and edge lists when a rebuilt graph draws the same picture, new ones when it does not', () => {
    const cache = createFlowCache()
    const draw = (canaryWeight: number) => {
      const graph = buildTrafficGraph(canary('podinfo'), at(100 - canaryWeight, canaryWeight))
      const layout = layoutGraph(graph)
      return { nodes: cache.nodes(graph, layout, 'podinfo'), edges: cache.edges(graph, layout) }
    }
    const first = draw(10)
    const again = draw(10)
    expect(again.nodes).toBe(first.nodes)
    expect(again.edges).toBe(first.edges)
    const moved = draw(20)
    expect(moved.edges).not.toBe(first.edges)
    expect(moved.nodes).toBe(first.nodes)
  })
})
