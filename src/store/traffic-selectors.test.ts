import { describe, expect, it } from 'vitest'
import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { createStudioStore } from './create-studio-store.ts'
import { replaceText } from './intents/replace-text.ts'
import { selectTick } from './intents/select-tick.ts'
import { selectTrafficGraph } from './traffic-selectors.ts'

describe('selectTrafficGraph', () => {
  it('builds once per change of the Canary, the shown weights or the Gateways', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    const graph = selectTrafficGraph(store.getState())
    expect(graph?.nodes.length).toBeGreaterThan(0)
    expect(selectTrafficGraph(store.getState())).toBe(graph)

    replaceText(store, `# a comment\n${podinfoCanaryYaml}`, 'editor')
    expect(selectTrafficGraph(store.getState())).toBe(graph)

    selectTick(store, 3)
    const atTick3 = selectTrafficGraph(store.getState())
    expect(atTick3).not.toBe(graph)
    expect(atTick3?.edges.some((e) => e.label.includes('30%'))).toBe(true)
  })

  it('keeps the same graph when a Canary edit leaves the picture unchanged, and only then', () => {
    const store = createStudioStore(podinfoCanaryYaml)
    const graph = selectTrafficGraph(store.getState())
    replaceText(store, podinfoCanaryYaml.replace('threshold: 3', 'threshold: 4'), 'editor')
    expect(selectTrafficGraph(store.getState())).toBe(graph)

    replaceText(store, podinfoCanaryYaml.replace('port: 9898', 'port: 9899'), 'editor')
    const otherPort = selectTrafficGraph(store.getState())
    expect(otherPort).not.toBe(graph)
    expect(JSON.stringify(otherPort)).toContain('9899')
  })

  it('is undefined without a Canary', () => {
    expect(selectTrafficGraph(createStudioStore('kind: ConfigMap\n').getState())).toBeUndefined()
  })
})
