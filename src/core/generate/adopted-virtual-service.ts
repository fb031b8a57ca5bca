import type { Diagnostic } from '../diagnostic.ts'
import { isRecord, metadataOf, type FileObject } from './file-objects.ts'
import type { GenerateContext } from './generate-context.ts'
import { isIstioVirtualService, type GeneratedObject, type VirtualService } from './istio-types.ts'

// Flagger istio.go reconcileVirtualService, when the VirtualService already exists: the spec is replaced, labels
// become service.apex.labels and annotations service.apex.annotations plus the Flux ones, keeping only kubectl's
// last-applied-configuration and flagger.kubernetes.io/original-configuration; when kubectl's annotation is
// absent and the spec changes, the old spec is stored in original-configuration. No ownerReference is added
// (setOwnerRefs applies to the create branch only). The user's labels are NOT kept: the code replaces them.

export const kubectlAnnotation = 'kubectl.kubernetes.io/last-applied-configuration'
export const configAnnotation = 'flagger.kubernetes.io/original-configuration'

const stringAt = (m: Record<string, unknown>, key: string) => (typeof m[key] === 'string' ? m[key] : undefined)
const oldSpecOf = (file: FileObject): Record<string, unknown> => (isRecord(file.data.spec) ? file.data.spec : {})
// istio.go: with delegation, Flagger empties the fetched object's hosts and gateways before comparing and saving it.
const fetchedSpecOf = (file: FileObject, delegation: boolean): Record<string, unknown> =>
  delegation ? { ...oldSpecOf(file), hosts: [], gateways: [] } : oldSpecOf(file)
const oldAnnotations = (file: FileObject): Record<string, unknown> => {
  const a = metadataOf(file.data).annotations
  return isRecord(a) ? a : {}
}

// The comparison ignores destination weights and mirroring (ignoreCmpOptions); key order does not matter.
const ignored = new Set(['weight', 'mirror', 'mirrorPercentage'])
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical)
  if (!isRecord(v)) return v
  const keys = Object.keys(v)
    .filter((k) => !ignored.has(k) && v[k] !== undefined)
    .sort()
  return Object.fromEntries(keys.map((k) => [k, canonical(v[k])]))
}
const specDiffers = (spec: VirtualService['spec'], old: Record<string, unknown>) =>
  JSON.stringify(canonical(spec)) !== JSON.stringify(canonical(old))

/** The annotations of the adopted VirtualService after Flagger's update. */
export function adoptedAnnotations(
  file: FileObject,
  spec: VirtualService['spec'],
  fresh: Record<string, string>,
  delegation: boolean,
): Record<string, string> {
  const old = oldAnnotations(file)
  const out = { ...fresh }
  for (const key of [kubectlAnnotation, configAnnotation]) {
    const v = stringAt(old, key)
    if (v !== undefined) out[key] = v
  }
  // Go's encoding/json of the old spec; our key order is the file's, Flagger's is the struct's.
  const fetched = fetchedSpecOf(file, delegation)
  if (out[kubectlAnnotation] === undefined && specDiffers(spec, fetched))
    out[configAnnotation] = JSON.stringify(fetched)
  return out
}

/** The user's metadata fields other than those Flagger replaces (name, namespace, labels, annotations). */
export function keptMetadata(file: FileObject): Record<string, unknown> {
  const { name: _n, namespace: _ns, labels: _l, annotations: _a, ...rest } = metadataOf(file.data)
  void [_n, _ns, _l, _a]
  return rest
}

const list = (v: unknown) => (Array.isArray(v) && v.length > 0 ? v.map(String).join(', ') : 'none')
const describeMap = (v: unknown) =>
  isRecord(v) && Object.keys(v).length > 0
    ? Object.entries(v)
        .map(([k, x]) => `${k}: ${String(x)}`)
        .join(', ')
    : 'none'

/** The old labels, for the provenance of the replaced labels. */
export const oldLabelsText = (file: FileObject): string => describeMap(metadataOf(file.data).labels)

/** The note that says the VirtualService is adopted and what Flagger overwrites in it. */
export function adoptedVirtualServiceNote(
  ctx: GenerateContext,
  objects: readonly GeneratedObject[],
): Diagnostic | undefined {
  const file = ctx.file.virtualService
  const vs = objects.find(isIstioVirtualService)
  if (!file || !vs) return undefined
  const old = oldSpecOf(file)
  const saved =
    vs.metadata.annotations?.[kubectlAnnotation] !== undefined
      ? `kubectl's ${kubectlAnnotation} is kept`
      : vs.metadata.annotations?.[configAnnotation] !== undefined
        ? `the old spec is saved in ${configAnnotation}`
        : 'the spec is unchanged'
  return {
    severity: 'info',
    rule: 'generate-adopted-virtual-service',
    message:
      `VirtualService ${ctx.apex} (document ${file.documentIndex + 1} of this file) is adopted: Flagger replaces its spec ` +
      `(hosts were ${list(old.hosts)}, now ${list(vs.spec.hosts)}; gateways were ${list(old.gateways)}, now ${list(vs.spec.gateways ?? [])}), ` +
      `its labels (were ${oldLabelsText(file)}; now service.apex.labels) and its annotations (service.apex.annotations plus the Flux ones; ${saved}). ` +
      'It adds no ownerReference, so the VirtualService is not deleted with the Canary (istio.go reconcileVirtualService).',
    path: ctx.apexFrom,
  }
}
