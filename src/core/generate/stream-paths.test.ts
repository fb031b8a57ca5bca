import { describe, expect, it } from 'vitest'
import { canaryFromYaml } from '../../test-support/typed-canary.ts'
import { planResources } from './generate-resources.ts'
import { provenanceOf } from './provenance.ts'
import { generatedPathAt, generatedRangeOf } from './stream-paths.ts'
import { toYamlStream } from './yaml-stream.ts'

const canary = canaryFromYaml(`
metadata: {name: podinfo, namespace: test}
spec:
  targetRef: {kind: Deployment, name: podinfo}
  service: {port: 80, hosts: [app.example.com], gateways: [public], retries: {attempts: 2}}
`)
const plan = planResources(canary, { primaryWeight: 90, canaryWeight: 10, mirrored: false, hasPreviousAffinityCookie: false })
const stream = toYamlStream(plan.objects)
const vs = plan.objects.findIndex((o) => o.kind === 'VirtualService')

describe('generated stream paths', () => {
  it('finds the field under an offset and its provenance', () => {
    const at = stream.indexOf('- app.example.com') + 3
    expect(generatedPathAt(stream, at)).toEqual({ object: vs, path: ['spec', 'hosts', 0] })
    const weight = stream.lastIndexOf('weight: 10') + 9
    const loc = generatedPathAt(stream, weight)
    expect(loc).toEqual({ object: vs, path: ['spec', 'http', 0, 'route', 1, 'weight'] })
    expect(loc && provenanceOf(plan.provenance, loc.object, loc.path)?.origin).toBe('routing')
    expect(generatedPathAt(stream, stream.indexOf('kind: Service') + 2)).toEqual({ object: 0, path: ['kind'] })
  })

  it('gives the range of a generated field, key included', () => {
    const range = generatedRangeOf(stream, { object: vs, path: ['spec', 'http', 0, 'retries'] })
    expect(range && stream.slice(range[0], range[1]).trim()).toBe('retries:\n        attempts: 2')
    expect(generatedRangeOf(stream, { object: vs, path: ['spec', 'nothing'] })).toBeUndefined()
    const host = generatedRangeOf(stream, { object: vs, path: ['spec', 'hosts', 1] })
    expect(host && stream.slice(host[0], host[1])).toBe('podinfo')
  })
})
