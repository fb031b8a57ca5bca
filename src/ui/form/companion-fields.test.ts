import { describe, expect, it } from 'vitest'
import { companionsOf } from './companion-fields.ts'

describe('companionsOf', () => {
  const name = ['spec', 'autoscalerRef', 'name']

  it('fills an HPA v2 reference when the autoscaler is first named', () => {
    expect(companionsOf({ spec: {} }, name)).toEqual([
      [['spec', 'autoscalerRef', 'apiVersion'], 'autoscaling/v2'],
      [['spec', 'autoscalerRef', 'kind'], 'HorizontalPodAutoscaler'],
    ])
    expect(companionsOf({ spec: { targetRef: { name: 'x' } } }, ['spec', 'targetRef', 'name'])).toHaveLength(2)
  })

  it('never contradicts an apiVersion or kind already written, and leaves other fields alone', () => {
    expect(companionsOf({ spec: { autoscalerRef: { kind: 'ScaledObject' } } }, name)).toEqual([])
    expect(companionsOf({ spec: { autoscalerRef: { apiVersion: 'keda.sh/v1alpha1' } } }, name)).toEqual([])
    expect(companionsOf({ spec: {} }, ['spec', 'analysis', 'interval'])).toEqual([])
  })
})
