import type { Canary, CanaryService } from '../catalog/canary-fields.ts'
import type { FieldPath } from '../diagnostic.ts'
import { derivedNames } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import type { ObjectMeta } from './istio-types.ts'

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
}

/** Resolves names and options for one generation. */
export function createContext(canary: Canary, routing: RoutingState, options: GenerateOptions = {}): GenerateContext {
  const names = derivedNames(canary)
  return {
    canary,
    service: canary.spec?.service ?? {},
    routing,
    apex: names.apex,
    primary: names.primaryService,
    canaryHost: names.canaryService,
    target: names.target,
    namespace: canary.metadata?.namespace || undefined,
    selector: options.selectorLabel ?? { key: 'app', value: names.target },
    cookieLetters: options.cookieValue ?? exampleCookieLetters,
    primaryCookieLetters: options.primaryCookieValue ?? examplePrimaryCookieLetters,
    ownerUid: options.ownerUid ?? exampleOwnerUid,
    apexFrom: canary.spec?.service?.name ? ['spec', 'service', 'name'] : ['spec', 'targetRef', 'name'],
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
