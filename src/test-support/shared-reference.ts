import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// The reference material lives beside the repository (../shared/reference), not in it. Tests that read it
// skip cleanly when it is absent: `describe.skipIf(!hasReference)`.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Absolute path of ../shared/reference, or of $CANARY_STUDIO_REFERENCE when set. */
export const referenceDir = process.env.CANARY_STUDIO_REFERENCE ?? resolve(repoRoot, '../shared/reference')
export const hasReference = existsSync(join(referenceDir, 'flagger-semantics.md'))

export function readReference(name: string): string {
  return readFileSync(join(referenceDir, name), 'utf8')
}

export function readReferenceJson(name: string): unknown {
  return JSON.parse(readReference(name)) as unknown
}

/** Every example Canary file: [file name, text]. Empty when the reference folder is absent. */
export function referenceExamples(): [string, string][] {
  const dir = join(referenceDir, 'examples')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')])
}
