import type { ObjectNode } from '../../core/catalog/dsl.ts'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { setField } from '../../store/intents/set-field.ts'
import { selectShownCanary } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { labelOf, valueAt } from './catalog-lookup.ts'
import { describedBy, FieldRow, fieldId } from './FieldRow.tsx'
import { useDraft } from './use-draft.ts'

/** The [kind, text] a string match holds, e.g. ['prefix', '/api'] ('' text when unset). */
function matchOf(value: unknown, kinds: readonly string[]): readonly [string, string] {
  if (value !== null && typeof value === 'object') {
    const found = kinds.find((k) => k in value)
    const text = found === undefined ? undefined : (value as Record<string, unknown>)[found]
    if (found) return [found, typeof text === 'string' ? text : '']
  }
  return [kinds[0] ?? 'exact', '']
}

/** The select (exact / prefix / regex …) and text box of one string match, without a label. */
export function StringMatchControl({ node, path }: { readonly node: ObjectNode; readonly path: FieldPath }) {
  const store = useStudioStore()
  const kinds = Object.keys(node.fields)
  const raw = useStudio((s) => JSON.stringify(valueAt(selectShownCanary(s), path) ?? null))
  const [kind, text] = matchOf(JSON.parse(raw), kinds)
  const write = (k: string, t: string, typing?: string) => {
    const result = setField(store, path, { [k]: t }, Date.now(), typing)
    return result.ok ? undefined : result.message
  }
  const { inputProps, error } = useDraft(text, (t, typing) => write(kind, t, typing))
  return (
    <div className="string-match">
      <select
        aria-label={`${labelOf(path)} match kind`}
        data-path={formatPath(path)}
        value={kind}
        onChange={(e) => write(e.target.value, inputProps.value)}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <input
        id={fieldId(path)}
        data-path={formatPath(path)}
        aria-label={`${labelOf(path)} value`}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy(path)}
        {...inputProps}
      />
      {error && <span className="field__error">{error}</span>}
    </div>
  )
}

/** A StringMatch object (uri, method, a header …) as one row: match kind and value. */
export function StringMatchField({ node, path }: { readonly node: ObjectNode; readonly path: FieldPath }) {
  return (
    <FieldRow node={node} path={path}>
      <StringMatchControl node={node} path={path} />
    </FieldRow>
  )
}
