import { podinfoCanaryYaml } from '../core/samples/podinfo.ts'
import { templates } from '../core/templates/templates.ts'
import { referenceExamples } from './shared-reference.ts'

/** Real documents the fuzzer mutates: the templates, the sample and (when present) the upstream examples. */
export function fuzzSeeds(): string[] {
  return [...templates.map((t) => t.text), podinfoCanaryYaml, ...referenceExamples().map(([, text]) => text)]
}
