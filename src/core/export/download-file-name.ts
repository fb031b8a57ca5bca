import type { Canary } from '../catalog/canary-fields.ts'

/** Which export a file name is for: the edited Canary alone, or the whole file with its other documents. */
export type ExportScope = 'canary' | 'everything'

const MAX_BASE_LENGTH = 100

/** `<metadata.name>.yaml` (or `<name>-all.yaml` for everything), made safe for every file system; `canary` when unnamed. */
export function downloadFileName(canary: Canary | undefined, scope: ExportScope = 'canary'): string {
  const base = sanitizeBaseName(canary?.metadata?.name ?? '') || 'canary'
  return scope === 'everything' ? `${base}-all.yaml` : `${base}.yaml`
}

function sanitizeBaseName(name: string): string {
  // Kubernetes names are already safe; a name still being typed may hold anything, including path separators.
  return name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/[.-]+$/, '')
}
