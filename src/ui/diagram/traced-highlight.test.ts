import { describe, expect, it } from 'vitest'
import type { TracedPath } from '../../store/traced-path.ts'
import { traceClass, withTraceClasses } from './traced-highlight.ts'

const path: TracedPath = {
  nodeIds: ['caller:internet', 'gateway:istio-system/public-gateway'],
  edgeIds: ['caller:internet->gateway:istio-system/public-gateway'],
  mirrorNodeIds: ['service:podinfo-canary'],
  mirrorEdgeIds: [],
  admitted: false,
  stopsAt: 'gateway:istio-system/public-gateway',
}

describe('traced highlight', () => {
  it('marks the path, the mirror, the stop, and the rest', () => {
    expect(traceClass('caller:internet', path, 'node')).toBe('trace-on')
    expect(traceClass('gateway:istio-system/public-gateway', path, 'node')).toBe('trace-stop')
    expect(traceClass('service:podinfo-canary', path, 'node')).toBe('trace-mirror')
    expect(traceClass('workload:podinfo', path, 'node')).toBe('trace-off')
    expect(traceClass('caller:internet->gateway:istio-system/public-gateway', path, 'edge')).toBe('trace-on')
  })

  it('leaves elements untouched when nothing is traced', () => {
    const nodes: { id: string; className?: string }[] = [{ id: 'a' }]
    expect(withTraceClasses(nodes, undefined, 'node')).toBe(nodes)
    expect(withTraceClasses(nodes, path, 'node')[0]?.className).toBe('trace-off')
  })
})
