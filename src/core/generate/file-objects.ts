import type { Canary } from '../catalog/canary-fields.ts'

// Objects of the Canary's own file that Flagger would find in the cluster: an apex Service or VirtualService it
// then updates in place instead of creating (kubernetes_default.go reconcileService, istio.go
// reconcileVirtualService), and the target workload it reads the selector label and ports from.

/** One document of the file, as plain data, with where it is. */
export interface FileObject {
  readonly documentIndex: number
  readonly data: Readonly<Record<string, unknown>>
}

/** The objects of the file that change what Flagger writes. */
export interface FileObjects {
  /** A Service named like the apex that the Canary does not own: Flagger adopts it. */
  readonly apexService?: FileObject
  /** An Istio VirtualService named like the apex: Flagger adopts it. */
  readonly virtualService?: FileObject
  /** The targetRef workload (Deployment or DaemonSet). */
  readonly target?: FileObject
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A scalar as text ('' for maps, lists and null): what a Kubernetes string field would hold. */
export const scalarText = (v: unknown): string =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''

/** metadata of a plain object, {} when absent. */
export const metadataOf = (data: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  isRecord(data.metadata) ? data.metadata : {}

/** metav1.GetControllerOf is a Canary of this name: the object was created by this Canary, so it is not adopted. */
function ownedBy(data: Readonly<Record<string, unknown>>, canaryName: string): boolean {
  const refs = metadataOf(data).ownerReferences
  return (
    Array.isArray(refs) &&
    refs.some((r) => isRecord(r) && r.controller === true && r.kind === 'Canary' && r.name === canaryName)
  )
}

/** Same kind, name and namespace; a document without a namespace is applied beside the Canary. */
function matches(
  data: Record<string, unknown>,
  kinds: readonly string[],
  name: string,
  namespace: string | undefined,
): boolean {
  const meta = metadataOf(data)
  if (typeof data.kind !== 'string' || !kinds.includes(data.kind) || meta.name !== name) return false
  const ns = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined
  return ns === undefined || namespace === undefined || ns === namespace
}

function find(
  documents: readonly { readonly data: unknown }[],
  test: (data: Record<string, unknown>) => boolean,
): FileObject | undefined {
  const documentIndex = documents.findIndex((d) => isRecord(d.data) && test(d.data))
  const data = documents[documentIndex]?.data
  return isRecord(data) ? { documentIndex, data } : undefined
}

const istioApi = /^networking\.istio\.io\//

/** The apex Service, the VirtualService and the target workload among the file's documents. */
export function findFileObjects(
  canary: Canary,
  apex: string,
  documents: readonly { readonly data: unknown }[] = [],
): FileObjects {
  const namespace = canary.metadata?.namespace || undefined
  const canaryName = canary.metadata?.name ?? ''
  const targetRef = canary.spec?.targetRef
  const workloadKinds =
    targetRef?.kind === 'DaemonSet'
      ? ['DaemonSet']
      : targetRef?.kind === 'Deployment' || !targetRef?.kind
        ? ['Deployment']
        : []
  const apexService = find(
    documents,
    (d) => d.apiVersion === 'v1' && matches(d, ['Service'], apex, namespace) && !ownedBy(d, canaryName),
  )
  const virtualService = find(
    documents,
    (d) =>
      typeof d.apiVersion === 'string' &&
      istioApi.test(d.apiVersion) &&
      matches(d, ['VirtualService'], apex, namespace),
  )
  const target = targetRef?.name
    ? find(documents, (d) => matches(d, workloadKinds, targetRef.name ?? '', namespace))
    : undefined
  return {
    ...(apexService ? { apexService } : {}),
    ...(virtualService ? { virtualService } : {}),
    ...(target ? { target } : {}),
  }
}
