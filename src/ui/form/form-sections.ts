import type { FieldPath } from '../../core/diagnostic.ts'

/** A titled group of form fields; each path names a catalog node, whose kind picks the widget. */
export interface FormSection {
  readonly id: string
  readonly title: string
  readonly paths: readonly FieldPath[]
}

// Adding a field to the form is adding its catalog path here: widgets, docs, defaults and bounds come from the catalog.
export const formSections: readonly FormSection[] = [
  {
    id: 'metadata',
    title: 'Canary',
    paths: [
      ['metadata', 'name'],
      ['metadata', 'namespace'],
    ],
  },
  {
    id: 'target',
    title: 'Target',
    paths: [
      ['spec', 'targetRef', 'kind'],
      ['spec', 'targetRef', 'name'],
      ['spec', 'targetRef', 'apiVersion'],
    ],
  },
  {
    id: 'autoscaler',
    title: 'Autoscaler',
    paths: [
      ['spec', 'autoscalerRef', 'kind'],
      ['spec', 'autoscalerRef', 'name'],
      ['spec', 'autoscalerRef', 'apiVersion'],
    ],
  },
  {
    id: 'service',
    title: 'Service',
    paths: [
      ['spec', 'service', 'name'],
      ['spec', 'service', 'port'],
      ['spec', 'service', 'targetPort'],
      ['spec', 'service', 'gateways'],
      ['spec', 'service', 'hosts'],
    ],
  },
  {
    id: 'analysis',
    title: 'Analysis',
    paths: [
      ['spec', 'analysis', 'interval'],
      ['spec', 'analysis', 'threshold'],
      ['spec', 'analysis', 'maxWeight'],
      ['spec', 'analysis', 'stepWeight'],
      ['spec', 'analysis', 'iterations'],
    ],
  },
]
