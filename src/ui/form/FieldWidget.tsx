import type { FieldNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { labelOf } from './catalog-lookup.ts'
import { ChoiceField } from './ChoiceField.tsx'
import { ListField } from './ListField.tsx'
import { MapField } from './MapField.tsx'
import { ScalarField } from './ScalarField.tsx'

/** The widget the catalog node's kind calls for; objects render their fields as a nested group. */
export function FieldWidget({ node, path }: { readonly node: FieldNode; readonly path: FieldPath }) {
  switch (node.kind) {
    case 'boolean':
      return <ChoiceField node={node} path={path} />
    case 'string':
      return node.enum ? <ChoiceField node={node} path={path} /> : <ScalarField node={node} path={path} />
    case 'number':
    case 'int-or-string':
      return <ScalarField node={node} path={path} />
    case 'list':
      return <ListField node={node} path={path} />
    case 'map':
      return <MapField node={node} path={path} />
    case 'object':
      return (
        <fieldset className="field-group" data-path={formatPath(path)} title={node.doc}>
          <legend>{labelOf(path)}</legend>
          {Object.entries(node.fields)
            .filter(([, child]) => !child.advanced)
            .map(([key, child]) => (
              <FieldWidget key={key} node={child} path={[...path, key]} />
            ))}
        </fieldset>
      )
  }
}
