import type { FieldNode } from '../../core/catalog/dsl.ts'
import type { FieldPath } from '../../core/diagnostic.ts'
import { groupFields } from './field-groups.ts'
import { FieldWidget } from './FieldWidget.tsx'

type Fields = readonly (readonly [string, FieldNode])[]

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
        <details className="form-more" data-group="advanced">
          <summary>Advanced ({advanced.length})</summary>
          <FieldList fields={advanced} parent={parent} />
        </details>
      )}
      {otherProviders.length > 0 && (
        <details className="form-more" data-group="other-providers">
          <summary>Other providers ({otherProviders.length})</summary>
          <p className="form-more__note">Flagger reads these only with other providers than Istio.</p>
          <FieldList fields={otherProviders} parent={parent} />
        </details>
      )}
    </>
  )
}
