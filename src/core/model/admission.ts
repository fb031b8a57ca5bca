import type { Canary } from '../catalog/canary-fields.ts'

/** The one Canary apiVersion Flagger v1.44's CRD serves (artifacts/flagger/crd.yaml: versions: v1beta1 only). */
export const servedCanaryApiVersion: string = 'flagger.app/v1beta1'

/**
 * Why the API server rejects this Canary before Flagger ever sees it, or undefined when it does not: an apiVersion
 * the CRD does not serve (v1alpha3 and older were removed), or a spec without the CRD's required targetRef or
 * analysis (flagger-semantics.md §c.1). Every command treats such a Canary the same way: halted with this reason.
 */
export function rejectedCanaryReason(canary: Canary): string | undefined {
  // The typed view says 'flagger.app/v1beta1', but the parser keeps whatever the file holds.
  const apiVersion: string | undefined = canary.apiVersion
  if (apiVersion !== undefined && apiVersion !== servedCanaryApiVersion)
    return `apiVersion ${apiVersion} is not served: Flagger's CRD serves only ${servedCanaryApiVersion}, so the API server rejects this Canary and Flagger never runs it`
  if (canary.spec?.targetRef === undefined)
    return 'spec.targetRef is missing: the API server rejects this Canary (the CRD requires targetRef), and Flagger could not run it'
  if (canary.spec.analysis === undefined)
    return 'spec.analysis is missing: the API server rejects this Canary (the CRD requires analysis), and Flagger could not run it'
  return undefined
}
