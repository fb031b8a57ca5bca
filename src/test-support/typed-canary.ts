import { parse } from 'yaml'
import { canaryNode, type Canary } from '../core/catalog/canary-fields.ts'
import { readTyped } from '../core/catalog/read-typed.ts'

/** Test helper: the typed Canary of a YAML text (the first document); fails the test on a type error. */
export function canaryFromYaml(text: string): Canary {
  const { value, typeErrors } = readTyped<Canary>(canaryNode, parse(text))
  if (typeErrors.length > 0) throw new Error(typeErrors.map((d) => d.message).join('\n'))
  return value ?? {}
}
