import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { valueAt } from './catalog-lookup.ts'

// Naming a reference is what a person does first; its apiVersion and kind then almost always take one value.
// Flagger's autoscaler reconcilers take an autoscaling/v2 HorizontalPodAutoscaler (pkg/canary/hpa_reconciler.go)
// unless kind says ScaledObject; the usual target is an apps/v1 Deployment (pkg/canary/factory.go picks the
// controller by targetRef.kind).
const companions: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'spec.autoscalerRef.name': { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler' },
  'spec.targetRef.name': { apiVersion: 'apps/v1', kind: 'Deployment' },
}

/**
 * The sibling fields to fill when the field at `path` is given a value: its companions (a reference's apiVersion and
 * kind), only while its parent sets neither of them, so a kind the person chose is never contradicted.
 */
export function companionsOf(data: unknown, path: FieldPath): readonly (readonly [FieldPath, string])[] {
  const wanted = companions[formatPath(path)]
  if (!wanted) return []
  const parent = path.slice(0, -1)
  const siblings = valueAt(data, parent)
  const sets = (key: string) => siblings !== null && typeof siblings === 'object' && key in siblings
  if (Object.keys(wanted).some(sets)) return []
  return Object.entries(wanted).map(([key, value]) => [[...parent, key], value] as const)
}
