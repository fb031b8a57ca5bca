import type { Canary } from '../catalog/canary-fields.ts'
import type { Diagnostic } from '../diagnostic.ts'
import { effectiveProvider } from '../model/effective.ts'
import type { RoutingState } from '../model/routing.ts'
import { adoptApexService } from './adopted-service.ts'
import { buildDestinationRule } from './destination-rules.ts'
import { createContext, servicePath, type GenerateContext, type GenerateOptions } from './generate-context.ts'
import { generationNotes, generationWarnings } from './generation-notes.ts'
import type { GeneratedObject } from './istio-types.ts'
import { buildKubernetesService, type ServiceRole } from './kubernetes-services.ts'
import { providerObjectBuilders } from './provider-objects.ts'
import { traceCollector, type ProvenanceEntry, type Trace } from './provenance.ts'
import { buildVirtualService } from './virtual-service.ts'

/** The objects Flagger would keep for this Canary at one routing state, with why each field is what it is. */
export interface GeneratedResources {
  /** In the order Flagger creates them: Services canary, primary, apex; then the provider's objects (Istio: DestinationRules canary, primary; VirtualService). */
  readonly objects: readonly GeneratedObject[]
  readonly provenance: readonly ProvenanceEntry[]
  /** Errors Flagger would report (the object it cannot write is left out) and warnings about values it alters. */
  readonly diagnostics: readonly Diagnostic[]
  /** Plain notes for the UI: assumptions, placeholders, what is not previewed. */
  readonly notes: readonly Diagnostic[]
}

/** factory.go KubernetesRouter: a Service target (plain or Knative) gets the no-op router, so no ClusterIP Services. */
function createsServices(canary: Canary): boolean {
  return canary.spec?.targetRef?.kind !== 'Service'
}

function missingInput(canary: Canary): Diagnostic | undefined {
  if (!canary.spec?.targetRef?.name)
    return {
      severity: 'error',
      rule: 'generate-missing-target',
      message: 'spec.targetRef.name is required: every generated name derives from it (or from spec.service.name).',
      path: ['spec', 'targetRef', 'name'],
    }
  // The CRD does not require spec.service; only the Services (and Kuma's service names) need its port.
  const needsPort = createsServices(canary) || effectiveProvider(canary) === 'kuma'
  if (needsPort && canary.spec.service?.port === undefined)
    return {
      severity: 'error',
      rule: 'generate-missing-port',
      message: 'spec.service.port is required: Flagger cannot create the Services without it.',
      path: servicePath('port'),
    }
  return undefined
}

type Builder = (ctx: GenerateContext, trace: Trace) => { object?: GeneratedObject; diagnostics: Diagnostic[] }

/** The apex Service found in the file is adopted and updated; otherwise Flagger creates it. */
function serviceFor(ctx: GenerateContext, role: ServiceRole, trace: Trace): GeneratedObject {
  const adopted = role === 'apex' ? ctx.file.apexService : undefined
  return adopted ? adoptApexService(ctx, adopted, trace) : buildKubernetesService(ctx, role, trace)
}

function builders(ctx: GenerateContext): Builder[] {
  const services: Builder[] = createsServices(ctx.canary)
    ? (['canary', 'primary', 'apex'] as const).map((role) => (c, t) => ({
        object: serviceFor(c, role, t),
        diagnostics: [],
      }))
    : []
  if (effectiveProvider(ctx.canary) !== 'istio')
    return [
      ...services,
      ...providerObjectBuilders(ctx.canary).map((build): Builder => (c, t) => ({
        object: build(c, t),
        diagnostics: [],
      })),
    ]
  return [
    ...services,
    (c, t) => ({ object: buildDestinationRule(c, c.canaryHost, t), diagnostics: [] }),
    (c, t) => ({ object: buildDestinationRule(c, c.primary, t), diagnostics: [] }),
    buildVirtualService,
  ]
}

/** Everything Flagger would write for this Canary at this routing state, with provenance, diagnostics and notes. */
export function planResources(
  canary: Canary,
  routing: RoutingState,
  options: GenerateOptions = {},
): GeneratedResources {
  const missing = missingInput(canary)
  if (missing) return { objects: [], provenance: [], diagnostics: [missing], notes: [] }
  const ctx = createContext(canary, routing, options)
  // deployment_controller.go Initialize fails before any router runs, so nothing is written.
  if (ctx.selectorError)
    return {
      objects: [],
      provenance: [],
      diagnostics: [
        {
          severity: 'error',
          rule: 'generate-selector-label-missing',
          message: `${ctx.selectorError} (Flagger's error: it creates nothing for this Canary).`,
          path: ['spec', 'targetRef', 'name'],
        },
      ],
      notes: [],
    }
  const objects: GeneratedObject[] = []
  const provenance: ProvenanceEntry[] = []
  const diagnostics: Diagnostic[] = []
  for (const build of builders(ctx)) {
    const collector = traceCollector()
    const result = build(ctx, collector.trace)
    diagnostics.push(...result.diagnostics)
    if (!result.object) continue
    provenance.push(...collector.entries(objects.length))
    objects.push(result.object)
  }
  diagnostics.push(...generationWarnings(ctx))
  return { objects, provenance, diagnostics, notes: generationNotes(ctx, objects, options) }
}

/** The objects Flagger's routers would keep for this Canary at this routing state. */
export function generateResources(
  canary: Canary,
  routing: RoutingState,
  options: GenerateOptions = {},
): GeneratedObject[] {
  return [...planResources(canary, routing, options).objects]
}

/** For each generated field path, the Canary fields that produced it (object indexes match generateResources). */
export function generatedProvenance(
  canary: Canary,
  routing: RoutingState,
  options: GenerateOptions = {},
): ProvenanceEntry[] {
  return [...planResources(canary, routing, options).provenance]
}
