import type { Canary, CanaryService } from '../catalog/canary-fields.ts'
import type { FieldPath } from '../diagnostic.ts'
import { derivedNames } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import { findFileObjects, type FileObjects } from './file-objects.ts'
import type { ObjectMeta } from './istio-types.ts'
import { discoveredPorts, selectorLabelOf, type DiscoveredPort } from './target-workload.ts'

/** Inputs the Canary file cannot supply: the target's selector label, the random cookie letters, the Canary's uid. */
export interface GenerateOptions {
  /** First of app / name / app.kubernetes.io/name in the target's spec.selector.matchLabels; default `app: <target>`. */
  readonly selectorLabel?: { readonly key: string; readonly value: string }
  /** The 10 random letters Flagger picks for the canary cookie of a run; default {@link exampleCookieLetters}. */
  readonly cookieValue?: string
  /** The letters of the primary cookie (primaryCookieName); default {@link examplePrimaryCookieLetters}. */
  readonly primaryCookieValue?: string
  /** metadata.uid of the Canary in the cluster, for ownerReferences; default {@link exampleOwnerUid}. */
  readonly ownerUid?: string
  /** The documents of the Canary's file: an apex Service or VirtualService there is adopted, the target Deployment read. */
  readonly documents?: readonly { readonly data: unknown }[]
}

/** Example letters for the canary cookie: Flagger draws 10 random letters [a-zA-Z] per run. */
export const exampleCookieLetters = 'CanaryXmpl'
/** Example letters for the primary cookie. */
export const examplePrimaryCookieLetters = 'PrimryXmpl'
/** Placeholder uid: the Canary's real uid exists only once it is applied. */
export const exampleOwnerUid = '00000000-0000-0000-0000-000000000000'

/** Everything the builders read, resolved once. */
export interface GenerateContext {
  readonly canary: Canary
  readonly service: CanaryService
  readonly routing: RoutingState
  readonly apex: string
  readonly primary: string
  readonly canaryHost: string
  readonly target: string
  readonly namespace: string | undefined
  readonly selector: { readonly key: string; readonly value: string }
  readonly cookieLetters: string
  readonly primaryCookieLetters: string
  readonly ownerUid: string
  /** The Canary field the apex name comes from: spec.service.name, else spec.targetRef.name. */
  readonly apexFrom: FieldPath
  /** Objects of the file Flagger would find in the cluster. */
  readonly file: FileObjects
  /** Where the selector label comes from: an option, the target workload in the file, or our assumption. */
  readonly selectorFrom: 'option' | 'target' | 'assumed'
  /** Flagger's error when the target in the file has none of the selector labels. */
  readonly selectorError?: string
  /** portDiscovery: the target's container ports every Service gets. */
  readonly extraPorts: readonly DiscoveredPort[]
}

function selectorOf(
  file: FileObjects,
  target: string,
  options: GenerateOptions,
): Pick<GenerateContext, 'selector' | 'selectorFrom' | 'selectorError'> {
  if (options.selectorLabel) return { selector: options.selectorLabel, selectorFrom: 'option' }
  const assumed = { selector: { key: 'app', value: target }, selectorFrom: 'assumed' as const }
  if (!file.target) return assumed
  const label = selectorLabelOf(file.target)
  return 'error' in label ? { ...assumed, selectorError: label.error } : { selector: label, selectorFrom: 'target' }
}

/** Resolves names and options for one generation. */
export function createContext(canary: Canary, routing: RoutingState, options: GenerateOptions = {}): GenerateContext {
  const names = derivedNames(canary)
  const file = findFileObjects(canary, names.apex, options.documents)
  const service = canary.spec?.service ?? {}
  return {
    canary,
    service,
    routing,
    apex: names.apex,
    primary: names.primaryService,
    canaryHost: names.canaryService,
    target: names.target,
    namespace: canary.metadata?.namespace || undefined,
    ...selectorOf(file, names.target, options),
    cookieLetters: options.cookieValue ?? exampleCookieLetters,
    primaryCookieLetters: options.primaryCookieValue ?? examplePrimaryCookieLetters,
    ownerUid: options.ownerUid ?? exampleOwnerUid,
    apexFrom: canary.spec?.service?.name ? ['spec', 'service', 'name'] : ['spec', 'targetRef', 'name'],
    file,
    extraPorts: file.target && service.portDiscovery ? discoveredPorts(file.target, service) : [],
  }
}

/** Canary field path under spec.service. */
export const servicePath = (...rest: (string | number)[]): FieldPath => ['spec', 'service', ...rest]
/** Canary field path under spec.analysis. */
export const analysisPath = (...rest: (string | number)[]): FieldPath => ['spec', 'analysis', ...rest]

/** Flagger's two Flux annotations (router/util.go filterMetadata), always added to what it writes. */
export const fluxAnnotations = {
  'kustomize.toolkit.fluxcd.io/reconcile': 'disabled',
  'helm.toolkit.fluxcd.io/driftDetection': 'disabled',
} as const

/** The controller ownerReference to the Canary (metav1.NewControllerRef). */
export function ownerReferences(ctx: GenerateContext): NonNullable<ObjectMeta['ownerReferences']> {
  return [
    {
      apiVersion: 'flagger.app/v1beta1',
      kind: 'Canary',
      name: ctx.canary.metadata?.name ?? '',
      uid: ctx.ownerUid,
      controller: true,
      blockOwnerDeletion: true,
    },
  ]
}
