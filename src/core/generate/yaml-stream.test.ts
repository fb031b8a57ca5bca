import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { hasUnprintable } from '../text/unprintable.ts'
import type { GeneratedObject } from './istio-types.ts'
import { toYamlStream } from './yaml-stream.ts'

const readBack = (stream: string): unknown[] => parseAllDocuments(stream).map((d) => d.toJS() as unknown)
// go-yaml reads NEL, LS and PS as line breaks (is_break in yamlh.go): written raw, a value would change on apply.
const goYamlBreaks = /[\u0085\u2028\u2029]/

describe('toYamlStream', () => {
  it('escapes DEL, C1 controls, NEL, LS, PS and non-characters, in values and keys, and reads back the same', () => {
    for (const char of ['\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\ufffe']) {
      const object = {
        kind: 'Service',
        metadata: { name: 'a', annotations: { [`k${char}`]: `v${char}w` } },
      } as unknown as GeneratedObject
      const stream = toYamlStream([object])
      expect(hasUnprintable(stream), JSON.stringify(stream)).toBe(false)
      expect(goYamlBreaks.test(stream), JSON.stringify(stream)).toBe(false)
      expect(readBack(stream)).toEqual([object])
    }
  })

  it('leaves ordinary objects as the yaml library writes them', () => {
    expect(toYamlStream([{ kind: 'Service', metadata: { name: 'podinfo' } } as unknown as GeneratedObject])).toBe(
      '---\nkind: Service\nmetadata:\n  name: podinfo\n',
    )
  })

  it('writes any string so that kubectl can read it and it reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.string({ unit: 'binary', maxLength: 6 }),
        (value, key) => {
          const object = { kind: 'Service', metadata: { annotations: { [key]: value } } } as unknown as GeneratedObject
          const stream = toYamlStream([object])
          expect(hasUnprintable(stream)).toBe(false)
          expect(readBack(stream)).toEqual([object])
        },
      ),
    )
  })
})
