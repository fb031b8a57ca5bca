import { hasReference, readReference } from './shared-reference.ts'

/** One row of examples/INDEX.md. */
export interface ExampleIndexEntry {
  readonly file: string
  readonly provider: string
  readonly strategy: string
  readonly completeness: string
  /** "complete (CRD-valid)": passes the Canary CRD schema as written. */
  readonly isCrdValid: boolean
}

/** The rows of ../shared/reference/examples/INDEX.md; empty when the reference folder is absent. */
export function referenceExampleIndex(): ExampleIndexEntry[] {
  if (!hasReference) return []
  const rows: ExampleIndexEntry[] = []
  for (const line of readReference('examples/INDEX.md').split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const file = cells[1] ?? ''
    if (!file.endsWith('.yaml')) continue
    const completeness = cells[5] ?? ''
    rows.push({
      file,
      provider: cells[3] ?? '',
      strategy: cells[4] ?? '',
      completeness,
      isCrdValid: completeness === 'complete (CRD-valid)',
    })
  }
  return rows
}

/** The provider Flagger would use for an INDEX row: the first word of its provider cell when it names one. */
export function exampleProvider(entry: ExampleIndexEntry): string | undefined {
  const first = entry.provider.split(/[\s(]/)[0] ?? ''
  return first === 'any' || first === '' ? undefined : first
}
