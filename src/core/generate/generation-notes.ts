import type { Diagnostic } from '../diagnostic.ts'
import { effectiveProvider } from '../model/effective.ts'
import { analysisPath, servicePath, type GenerateContext, type GenerateOptions } from './generate-context.ts'
import { isIstioVirtualService, isKubernetesService, type GeneratedObject } from './istio-types.ts'
import { isKnativeTarget, providerRouting } from '../providers/provider-routing.ts'
import { droppedTrafficPolicyFields } from './traffic-policy.ts'
import { adoptedServiceNote } from './adopted-service.ts'
import { adoptedVirtualServiceNote } from './adopted-virtual-service.ts'

const info = (rule: string, message: string, path?: Diagnostic['path']): Diagnostic => ({
  severity: 'info',
  rule,
  message,
  ...(path ? { path } : {}),
})
const warning = (rule: string, message: string, path: Diagnostic['path']): Diagnostic => ({
  severity: 'warning',
  rule,
  message,
  path,
})

/** Which object splits the traffic for a provider other than Istio, and whether it is previewed. */
function providerNote(ctx: GenerateContext): Diagnostic {
  const routing = providerRouting(ctx.canary)
  const split = routing.splitObject
  if (routing.model === 'no-router')
    return info(
      'generate-provider-no-router',
      'Provider kubernetes: Flagger writes no routing object (NopRouter); only the Services are previewed. The apex Service selects the primary, so callers reach the canary only through <apex>-canary.',
      ['spec', 'provider'],
    )
  if (routing.model === 'mesh-split' && split)
    return info(
      'generate-provider-split',
      `Provider ${routing.provider}: the ${split.title} ${split.name} splits the traffic between primary and canary at this tick's weights (${split.origin}); no Istio VirtualService is written.`,
      ['spec', 'provider'],
    )
  const what = split
    ? `${split.kind} ${split.name} (${split.title}, ${split.apiVersion}; ${split.origin})`
    : 'its own routing objects'
  return info(
    'generate-provider-not-previewed',
    `Provider ${routing.provider}: ${what} splits the traffic; it is not previewed here, only the Kubernetes Services are.`,
    ['spec', 'provider'],
  )
}

/** Notes the UI shows beside the preview: what we assumed, what is a placeholder, what is not previewed. */
export function generationNotes(
  ctx: GenerateContext,
  objects: readonly GeneratedObject[],
  options: GenerateOptions,
): Diagnostic[] {
  const notes: Diagnostic[] = []
  const provider = effectiveProvider(ctx.canary)
  const hasServices = objects.some(isKubernetesService)
  if (provider !== 'istio') notes.push(providerNote(ctx))
  if (isKnativeTarget(ctx.canary))
    notes.push(
      info(
        'generate-knative-target',
        'The target is a Knative Service: Flagger creates no ClusterIP Services and no primary Deployment for it; Knative’s revisions serve primary and canary (factory.go KubernetesNoopRouter).',
        ['spec', 'targetRef', 'kind'],
      ),
    )
  else if (ctx.canary.spec?.targetRef?.kind === 'Service')
    notes.push(
      info('generate-service-target', 'The target is a Service: Flagger creates no Kubernetes Services for it.', [
        'spec',
        'targetRef',
        'kind',
      ]),
    )
  if (hasServices && ctx.selectorFrom === 'assumed')
    notes.push(
      info(
        'generate-selector-assumed',
        `The Service selectors assume the target's spec.selector.matchLabels contains app: ${ctx.target}. Flagger uses the first of app, name, app.kubernetes.io/name found there; the Deployment is not in this file.`,
        ['spec', 'targetRef', 'name'],
      ),
    )
  if (hasServices && ctx.selectorFrom === 'target')
    notes.push(
      info(
        'generate-selector-from-deployment',
        `The Service selectors use ${ctx.selector.key}: ${ctx.selector.value} from the spec.selector.matchLabels of ${String(ctx.file.target?.data.kind)} ${ctx.target} in this file (Flagger takes the first of app, name, app.kubernetes.io/name).`,
        ['spec', 'targetRef', 'name'],
      ),
    )
  for (const note of [adoptedServiceNote(ctx), adoptedVirtualServiceNote(ctx, objects)]) if (note) notes.push(note)
  if (hasServices && ctx.service.portDiscovery && !ctx.file.target)
    notes.push(
      info(
        'generate-port-discovery',
        'portDiscovery: Flagger also adds one Service port per container port of the target; those ports are not previewed (the Deployment is not in this file).',
        servicePath('portDiscovery'),
      ),
    )
  const hasCookie = objects.some((o) => isIstioVirtualService(o) && JSON.stringify(o.spec).includes('Cookie'))
  if (hasCookie && !options.cookieValue)
    notes.push(
      info(
        'generate-example-cookie',
        `The cookie letters (${ctx.cookieLetters}) are an example: Flagger picks 10 random letters per run.`,
        analysisPath('sessionAffinity'),
      ),
    )
  if (objects.some((o) => o.metadata.ownerReferences) && !options.ownerUid)
    notes.push(
      info(
        'generate-owner-uid',
        'ownerReferences carry a placeholder uid: the real one is the Canary’s metadata.uid once applied. Flagger writes these objects itself; apply them by hand only to inspect them.',
      ),
    )
  return notes
}

function suffixMatchWarnings(ctx: GenerateContext): Diagnostic[] {
  const out: Diagnostic[] = []
  ctx.canary.spec?.analysis?.match?.forEach((m, i) => {
    for (const [header, value] of Object.entries(m.headers ?? {}))
      if (value.suffix !== undefined)
        out.push(
          warning(
            'generate-suffix-match',
            `Flagger copies suffix into the VirtualService, but Istio's StringMatch has no suffix: the API server drops it (or rejects it under strict validation), and an empty match on ${header} means "header present".`,
            analysisPath('match', i, 'headers', header, 'suffix'),
          ),
        )
  })
  return out
}

/** Warnings about Canary values Flagger changes on the way into the generated objects. */
export function generationWarnings(ctx: GenerateContext): Diagnostic[] {
  if (effectiveProvider(ctx.canary) !== 'istio') return []
  const out = suffixMatchWarnings(ctx)
  const s = ctx.service
  if (s.retries && s.retries.attempts === undefined)
    out.push(
      warning(
        'generate-retries-attempts',
        'retries.attempts is unset: Flagger writes attempts: 0, which disables retries in Istio.',
        servicePath('retries'),
      ),
    )
  if (s.corsPolicy?.allowCredentials === false)
    out.push(
      warning(
        'generate-cors-credentials',
        'corsPolicy.allowCredentials: false is dropped by Flagger (omitempty), leaving Istio’s default.',
        servicePath('corsPolicy', 'allowCredentials'),
      ),
    )
  for (const [path, why] of s.trafficPolicy ? droppedTrafficPolicyFields(s.trafficPolicy) : [])
    out.push(
      warning(
        'generate-traffic-policy',
        `trafficPolicy.${path.join('.')}: ${why}.`,
        servicePath('trafficPolicy', ...path),
      ),
    )
  return out
}
