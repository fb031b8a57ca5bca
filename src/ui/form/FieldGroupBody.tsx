import type { FieldNode } from '../../core/catalog/dsl.ts'
import { isPathWithin, type FieldPath } from '../../core/diagnostic.ts'
import { groupFields } from './field-groups.ts'
import { FieldWidget } from './FieldWidget.tsx'
import { LazyDetails } from './LazyDetails.tsx'

type Fields = readonly (readonly [string, FieldNode])[]

/** A predicate for LazyDetails: the focused path is one of these fields or inside one. */
const holdsAny =
  (fields: Fields, parent: FieldPath) =>
  (focused: FieldPath): boolean =>
    fields.some(([key]) => isPathWithin(focused, [...parent, key]))

function FieldList({ fields, parent }: { readonly fields: Fields; readonly parent: FieldPath }) {
  return fields.map(([key, node]) => <FieldWidget key={key} node={node} path={[...parent, key]} />)
}

/** The fields of one object: Istio's at once, then "Advanced" and "Other providers" collapsed. */
export function FieldGroupBody({ fields, parent }: { readonly fields: Fields; readonly parent: FieldPath }) {
  const { main, advanced, otherProviders } = groupFields(fields)
  return (
    <>
      <FieldList fields={main} parent={parent} />
      {advanced.length > 0 && (
        <LazyDetails
          className="form-more"
          group="advanced"
          holds={holdsAny(advanced, parent)}
          summary={<summary>Advanced ({advanced.length})</summary>}
        >
          <FieldList fields={advanced} parent={parent} />
        </LazyDetails>
      )}
      {otherProviders.length > 0 && (
        <LazyDetails
          className="form-more"
          group="other-providers"
          holds={holdsAny(otherProviders, parent)}
          summary={<summary>Other providers ({otherProviders.length})</summary>}
        >
          <p className="form-more__note">Flagger reads these only with other providers than Istio.</p>
          <FieldList fields={otherProviders} parent={parent} />
        </LazyDetails>
      )}
    </>
  )
}
