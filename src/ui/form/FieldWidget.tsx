import type { FieldNode, ListNode, ObjectNode } from '../../core/catalog/dsl.ts'
import type { FieldPath } from '../../core/diagnostic.ts'
import { ChoiceField } from './ChoiceField.tsx'
import { isStringMatch } from './field-groups.ts'
import { ListField } from './ListField.tsx'
import { MapField } from './MapField.tsx'
import { ObjectField } from './ObjectField.tsx'
import { ObjectListField } from './ObjectListField.tsx'
import { ScalarField } from './ScalarField.tsx'
import { StringMatchField } from './StringMatchField.tsx'
import { SwitchField } from './SwitchField.tsx'

const isObjectList = (node: ListNode): node is ListNode<ObjectNode> => node.items.kind === 'object'

/** The widget the catalog node's kind calls for; objects nest as collapsible groups, lists of objects as cards. */
export function FieldWidget({ node, path }: { readonly node: FieldNode; readonly path: FieldPath }) {
  switch (node.kind) {
    case 'boolean':
      return <SwitchField node={node} path={path} />
    case 'string':
      return node.enum ? <ChoiceField node={node} path={path} /> : <ScalarField node={node} path={path} />
    case 'number':
    case 'int-or-string':
      return <ScalarField node={node} path={path} />
    case 'list':
      return isObjectList(node) ? <ObjectListField node={node} path={path} /> : <ListField node={node} path={path} />
    case 'map':
      return <MapField node={node} path={path} />
    case 'object':
      return isStringMatch(node) ? (
        <StringMatchField node={node} path={path} />
      ) : (
        <ObjectField node={node} path={path} />
      )
  }
}
