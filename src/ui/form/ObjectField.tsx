import { useState } from 'react'
import type { ObjectNode } from '../../core/catalog/dsl.ts'
import { formatPath, isPathWithin, type FieldPath } from '../../core/diagnostic.ts'
import { selectShownCanary } from '../../store/selectors.ts'
import { useStudio } from '../studio-context.ts'
import { labelOf, valueAt } from './catalog-lookup.ts'
import { FieldGroupBody } from './FieldGroupBody.tsx'
import { docOf } from './FieldRow.tsx'
import { FieldProblems } from './FieldProblems.tsx'
import { LazyDetails } from './LazyDetails.tsx'

/** A nested object as a collapsible group, open at first when the document sets it. */
export function ObjectField({ node, path }: { readonly node: ObjectNode; readonly path: FieldPath }) {
  const isSet = useStudio((s) => valueAt(selectShownCanary(s), path) !== undefined)
  // Only the first render decides: afterwards the person's open/closed choice stands.
  const [initiallyOpen] = useState(isSet)
  return (
    <LazyDetails
      className="subgroup"
      dataPath={formatPath(path)}
      initiallyOpen={initiallyOpen}
      holds={(focused) => isPathWithin(focused, path)}
      summary={
        <summary title={docOf(path) || undefined}>
          {labelOf(path)}
          {!isSet && <span className="subgroup__unset">not set</span>}
        </summary>
      }
    >
      <div className="subgroup__body">
        <FieldProblems path={path} />
        <FieldGroupBody fields={Object.entries(node.fields)} parent={path} />
      </div>
    </LazyDetails>
  )
}
