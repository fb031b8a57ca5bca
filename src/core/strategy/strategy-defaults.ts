import { parse } from 'yaml'
import { nodeAt } from '../catalog/field-docs.ts'
import type { FieldPath } from '../diagnostic.ts'
import { abTestingTemplate } from '../templates/ab-testing.ts'

// The values a strategy switch writes for fields the target strategy needs and the document lacks. They come
// from the field catalog's examples and defaults, and from the A/B template, so the form, hover docs, templates
// and switch all suggest the same thing.

const analysisPath: FieldPath = ['spec', 'analysis']

function catalogValue(path: FieldPath, which: 'example' | 'default', fallback: number | string): number | string {
  const value = nodeAt([...analysisPath, ...path])?.[which]
  return typeof value === typeof fallback ? (value as number | string) : fallback
}

/** The first A/B condition of the A/B template: header `x-canary` exactly `insider`. */
function templateMatch(): unknown {
  const data = parse(abTestingTemplate) as { spec?: { analysis?: { match?: unknown[] } } } | null
  return data?.spec?.analysis?.match?.[0] ?? { headers: { 'x-canary': { exact: 'insider' } } }
}

let cachedMatch: unknown

/** Values for the fields a switch may add, each from the catalog (example, else default) or a template. */
export const strategyDefaults = {
  interval: (): string => String(catalogValue(['interval'], 'default', '1m')),
  threshold: (): number => Number(catalogValue(['threshold'], 'example', 5)),
  iterations: (): number => Number(catalogValue(['iterations'], 'example', 10)),
  stepWeight: (): number => Number(catalogValue(['stepWeight'], 'example', 10)),
  maxWeight: (): number => Number(catalogValue(['maxWeight'], 'example', 50)),
  cookieName: (): string => String(catalogValue(['sessionAffinity', 'cookieName'], 'example', 'flagger-cookie')),
  /** A fresh copy each time, so no caller can change the next one's value. */
  matchCondition: (): unknown => structuredClone((cachedMatch ??= templateMatch())),
}
