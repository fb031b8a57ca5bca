import { describe, expect, it } from 'vitest'
import { planResources } from '../../core/generate/generate-resources.ts'
import { toYamlStream } from '../../core/generate/yaml-stream.ts'
import { analyzeText } from '../../core/analyze.ts'
import { podinfoCanaryYaml } from '../../core/samples/podinfo.ts'
import { describeSource, sourceAt, sourceField } from './source-at.ts'

const canary = analyzeText(podinfoCanaryYaml).canary!
const plan = planResources(canary, { primaryWeight: 90, canaryWeight: 10, mirrored: false, hasPreviousAffinityCookie: false })
const stream = toYamlStream(plan.objects)

describe('sourceAt', () => {
  it('finds the Canary field behind a generated field', () => {
    const hosts = stream.indexOf('hosts:', stream.indexOf('kind: VirtualService'))
    const firstHost = stream.indexOf('- ', hosts) + 2
    const source = sourceAt(stream, plan.provenance, firstHost)
    expect(source?.path).toEqual(['spec', 'hosts', 0])
    expect(sourceField(source)).toEqual(['spec', 'service', 'hosts', 0])
    expect(describeSource(source!)).toBe('spec.hosts[0] ← spec.service.hosts[0] — From service.hosts, in order.')
  })

  it('says a weight comes from the selected tick', () => {
    const weight = stream.indexOf('weight: 10')
    const source = sourceAt(stream, plan.provenance, weight + 1)
    expect(source?.path).toEqual(['spec', 'http', 0, 'route', 1, 'weight'])
    expect(sourceField(source)).toBeUndefined()
    expect(describeSource(source!)).toContain('from the selected tick')
  })

  it('is undefined before the first object', () => {
    expect(sourceAt(stream, plan.provenance, 0)).toBeUndefined()
  })
})
