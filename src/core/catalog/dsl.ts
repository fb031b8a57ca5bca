/**
 * A small schema language for the Canary field catalog. One tree of these nodes is the single source of the
 * TypeScript types (via `Infer`), the JSON Schema, the form, hover docs and validation.
 */

/** Providers as Flagger spells them in `spec.provider`. */
export type ProviderName =
  | 'istio'
  | 'apisix'
  | 'appmesh'
  | 'appmesh:v1beta2'
  | 'contour'
  | 'gatewayapi:v1'
  | 'gatewayapi:v1beta1'
  | 'gloo'
  | 'knative'
  | 'kubernetes'
  | 'kuma'
  | 'linkerd'
  | 'nginx'
  | 'osm'
  | 'skipper'
  | 'smi:v1alpha1'
  | 'smi:v1alpha2'
  | 'smi:v1alpha3'
  | 'traefik'

/** How a string is formatted; drives the form widget and extra validation. */
export type StringFormat =
  | 'duration' // CRD pattern ^[0-9]+(m|s), then Go time.ParseDuration
  | 'protobuf-duration' // Istio durations such as 1s, 0.5s (not parsed by Flagger)
  | 'url'
  | 'promql'
  | 'k8s-name'

/** Metadata every node may carry. */
export interface FieldMeta {
  /** What the field does to the generated resources or the rollout, in our own words. */
  readonly doc?: string
  /** Short label for the form; defaults to the key. */
  readonly label?: string
  /** Flagger's effective default when the field is absent (shown in the form and hover docs). */
  readonly default?: unknown
  /** Providers that read this field; absent means every provider. */
  readonly providers?: readonly ProviderName[]
  /** Keys that must be present when the parent object is present (CRD `required`). */
  readonly required?: readonly string[]
  /** A field the form hides under "advanced". */
  readonly advanced?: boolean
  /** Example value for completion snippets. */
  readonly example?: unknown
  /** Why the field should no longer be used, and what replaces it. */
  readonly deprecated?: string
}

export interface StringNode<E extends string = string> extends FieldMeta {
  readonly kind: 'string'
  readonly enum?: readonly E[]
  readonly pattern?: string
  readonly format?: StringFormat
  readonly minLength?: number
  readonly maxLength?: number
}
export interface NumberNode extends FieldMeta {
  readonly kind: 'number'
  /** Flagger decodes it into a Go int: fractions are invalid. */
  readonly integer?: boolean
  /** Hard bounds: outside them admission, Flagger's decoding or the generated objects fail (errors). */
  readonly minimum?: number
  readonly maximum?: number
  /** The range the form offers; values outside pass admission, and a lint rule explains what Flagger does. */
  readonly rangeHint?: { readonly min?: number; readonly max?: number }
  readonly unit?: 'percent' | 'seconds' | 'port' | 'count' | 'milliseconds'
}
export interface BooleanNode extends FieldMeta {
  readonly kind: 'boolean'
}
export interface IntOrStringNode extends FieldMeta {
  readonly kind: 'int-or-string'
}
export interface ObjectNode<F extends Record<string, FieldNode> = Record<string, FieldNode>> extends FieldMeta {
  readonly kind: 'object'
  readonly fields: F
  /** JSON-Schema oneOf over required key sets (the CRD's analysis rule, match value kinds). */
  readonly oneOfRequired?: readonly (readonly string[])[]
  /** With `oneOfRequired`: none of the key sets present is also valid (the CRD's `not: anyOf` branch). */
  readonly oneOfAllowsNone?: boolean
  /** Keys may appear that the catalog does not list (kept verbatim, not validated). */
  readonly open?: boolean
}
export interface MapNode<V extends FieldNode = FieldNode> extends FieldMeta {
  readonly kind: 'map'
  readonly values: V
}
export interface ListNode<I extends FieldNode = FieldNode> extends FieldMeta {
  readonly kind: 'list'
  readonly items: I
  readonly maxItems?: number
}

export type FieldNode = StringNode | NumberNode | BooleanNode | IntOrStringNode | ObjectNode | MapNode | ListNode

/** The TypeScript value type a node describes. Every object key is optional: documents are partial. */
export type Infer<N> =
  N extends StringNode<infer E>
    ? string extends E
      ? string
      : E
    : N extends NumberNode
      ? number
      : N extends BooleanNode
        ? boolean
        : N extends IntOrStringNode
          ? number | string
          : N extends ObjectNode<infer F>
            ? { [K in keyof F]?: Infer<F[K]> }
            : N extends MapNode<infer V>
              ? Record<string, Infer<V>>
              : N extends ListNode<infer I>
                ? Infer<I>[]
                : never

export const str = <const E extends string = string>(
  meta: FieldMeta & {
    enum?: readonly E[]
    pattern?: string
    format?: StringFormat
    minLength?: number
    maxLength?: number
  } = {},
): StringNode<E> => ({ kind: 'string', ...meta })
export const num = (meta: Omit<NumberNode, 'kind'> = {}): NumberNode => ({ kind: 'number', ...meta })
export const int = (meta: Omit<NumberNode, 'kind' | 'integer'> = {}): NumberNode => ({
  kind: 'number',
  integer: true,
  ...meta,
})
export const bool = (meta: FieldMeta = {}): BooleanNode => ({ kind: 'boolean', ...meta })
export const intOrStr = (meta: FieldMeta = {}): IntOrStringNode => ({ kind: 'int-or-string', ...meta })
export const obj = <const F extends Record<string, FieldNode>>(
  fields: F,
  meta: FieldMeta & { oneOfRequired?: readonly (readonly string[])[]; oneOfAllowsNone?: boolean; open?: boolean } = {},
): ObjectNode<F> => ({ kind: 'object', fields, ...meta })
export const map = <V extends FieldNode>(values: V, meta: FieldMeta = {}): MapNode<V> => ({
  kind: 'map',
  values,
  ...meta,
})
export const list = <I extends FieldNode>(items: I, meta: FieldMeta & { maxItems?: number } = {}): ListNode<I> => ({
  kind: 'list',
  items,
  ...meta,
})

const entriesOf = new WeakMap<ObjectNode, readonly (readonly [string, FieldNode])[]>()

/**
 * An object node's fields as [key, node] pairs in catalog order, computed once per node: the typed read and the
 * checks walk the catalog on every keystroke, and Object.entries would allocate the list each time.
 */
export function fieldEntries(node: ObjectNode): readonly (readonly [string, FieldNode])[] {
  let entries = entriesOf.get(node)
  if (!entries) {
    entries = Object.entries(node.fields)
    entriesOf.set(node, entries)
  }
  return entries
}
