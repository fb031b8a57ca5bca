import { useCallback } from 'react'
import { formatPath, type FieldPath } from '../../core/diagnostic.ts'
import { removeField } from '../../store/intents/remove-field.ts'
import { setField } from '../../store/intents/set-field.ts'
import { selectShownData } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { valueAt } from './catalog-lookup.ts'
import { companionsOf } from './companion-fields.ts'
import type { FieldInput } from './field-values.ts'

/** Writes a parsed input back as one edit (or as part of its typing session's undo step). */
export type FieldCommit = (input: FieldInput, typing?: string) => string | undefined

/** The value at `path` as the form shows it, and a commit that writes a parsed input back. */
export function useField(path: FieldPath): { value: unknown; commit: FieldCommit } {
  const store = useStudioStore()
  const value = useStudio((s) => valueAt(selectShownData(s), path))
  const commit = useCallback(
    (input: FieldInput, typing?: string): string | undefined => {
      if (!input.ok) return input.message
      if ('remove' in input) {
        if (valueAt(selectShownData(store.getState()), path) === undefined) return undefined
        const result = removeField(store, path, Date.now(), typing)
        return result.ok ? undefined : result.message
      }
      const data = selectShownData(store.getState())
      if (Object.is(valueAt(data, path), input.value)) return undefined
      const companions = companionsOf(data, path)
      // The field and its companions are one undo step: one typing session, even outside a text box.
      const session = typing ?? (companions.length > 0 ? `companions-${formatPath(path)}-${Date.now()}` : undefined)
      const result = setField(store, path, input.value, Date.now(), session)
      if (!result.ok) return result.message
      for (const [companion, value] of companions) setField(store, companion, value, Date.now(), session)
      return undefined
    },
    [store, path],
  )
  return { value, commit }
}
