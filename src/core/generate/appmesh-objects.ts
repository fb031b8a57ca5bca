import { parseGoDuration } from '../text/go-duration.ts'
import { compact } from './flagger-structs.ts'
import { ownerReferences, servicePath, type GenerateContext } from './generate-context.ts'
import type { ProviderObject } from './istio-types.ts'
import type { Trace } from './provenance.ts'

// App Mesh routers (pkg/router/appmesh_v1beta2.go, pkg/router/appmesh.go). Flagger also writes VirtualNodes
// <apex>-primary and <apex>-canary and a second router for <apex>-canary (always 100 % canary); the preview shows the
// object whose weights move, the apex router.

/** App Mesh supports only a URI prefix: service.match[0].uri.prefix, else "/" (reconcileVirtualRouter). */
function routePrefix(ctx: GenerateContext): string {
  return ctx.service.match?.[0]?.uri?.prefix || '/'
}

function millis(duration: string | undefined): number | undefined {
  const seconds = duration ? parseGoDuration(duration) : undefined
  return seconds === undefined ? undefined : Math.floor(seconds * 1000)
}

type Version = 'v1beta1' | 'v1beta2'

/** analysis.match headers as App Mesh header matches (makeHeaders: every header of every match entry, map order). */
function appMeshHeaders(ctx: GenerateContext): { name: string; match: Record<string, string> }[] {
  return (ctx.canary.spec?.analysis?.match ?? []).flatMap((m) =>
    Object.entries(m.headers ?? {}).map(([name, v]) => ({
      name,
      match: compact({
        exact: v.exact || undefined,
        prefix: v.prefix || undefined,
        regex: v.regex || undefined,
        suffix: v.suffix || undefined,
      }) as Record<string, string>,
    })),
  )
}

/** A weighted target: v1beta2 refers to the VirtualNode by virtualNodeRef, v1beta1 by virtualNodeName. */
function target(version: Version, node: string, weight: number): Record<string, unknown> {
  return version === 'v1beta2' ? { virtualNodeRef: { name: node }, weight } : { virtualNodeName: node, weight }
}

/** v1beta2 has timeouts and a typed retry policy; v1beta1 (makeRetryPolicy in appmesh.go) only millisecond retries. */
function routeExtras(ctx: GenerateContext, version: Version): Record<string, unknown> {
  const r = ctx.service.retries
  const events = r?.retryOn ? r.retryOn.split(',') : ['gateway-error']
  const perTry = millis(r?.perTryTimeout) ?? 250
  const attempts = r?.attempts !== undefined && r.attempts > 0 ? r.attempts : 1
  if (version === 'v1beta1')
    return r ? { retryPolicy: { perRetryTimeoutMillis: perTry, maxRetries: attempts, httpRetryEvents: events } } : {}
  const ms = millis(ctx.service.timeout)
  return compact({
    timeout: ms === undefined ? undefined : { perRequest: { unit: 'ms', value: ms } },
    retryPolicy: r
      ? { httpRetryEvents: events, perRetryTimeout: { unit: 'ms', value: perTry }, maxRetries: attempts }
      : undefined,
  })
}

/** The apex routes: one weighted prefix route, or with analysis.match the A/B pair (-a with headers, -b primary only). */
function routes(ctx: GenerateContext, version: Version): Record<string, unknown>[] {
  const prefix = routePrefix(ctx)
  const key = version === 'v1beta2' ? 'httpRoute' : 'http'
  const extras = routeExtras(ctx, version)
  const { canaryWeight, primaryWeight } = ctx.routing
  const split = {
    weightedTargets: [target(version, ctx.canaryHost, canaryWeight), target(version, ctx.primary, primaryWeight)],
  }
  if ((ctx.canary.spec?.analysis?.match?.length ?? 0) === 0)
    return [{ name: ctx.apex, [key]: { match: { prefix }, ...extras, action: split } }]
  return [
    {
      name: `${ctx.apex}-a`,
      priority: 10,
      [key]: { match: { prefix, headers: appMeshHeaders(ctx) }, ...extras, action: split },
    },
    {
      name: `${ctx.apex}-b`,
      priority: 20,
      [key]: { match: { prefix }, ...extras, action: { weightedTargets: [target(version, ctx.primary, 100)] } },
    },
  ]
}

function traceRoutes(trace: Trace, at: (string | number)[]): void {
  trace(
    [...at],
    [servicePath('match', 0, 'uri', 'prefix'), ['spec', 'analysis', 'match']],
    'App Mesh matches a URI prefix only (service.match[0].uri.prefix, else /); with analysis.match the first route matches its headers and the second always goes to the primary.',
  )
  trace([...at, 0], [], 'The tick’s routing weights (SetRoutes rewrites the first route’s targets).', 'routing')
}

/** appmesh_v1beta2.go reconcileVirtualRouter + SetRoutes: VirtualRouter <apex> at the tick's weights. */
export function appMeshVirtualRouter(ctx: GenerateContext, trace: Trace): ProviderObject {
  const t = ctx.service.targetPort
  // getContainerPort: targetPort when it is a number above 0, else port.
  const port = typeof t === 'number' && t > 0 ? t : (ctx.service.port ?? 0)
  trace(
    ['metadata', 'name'],
    [ctx.apexFrom],
    'VirtualRouter <apex>; Flagger also creates VirtualService <apex> pointing at it.',
    'flagger',
  )
  trace(
    ['spec', 'listeners'],
    [servicePath('targetPort'), servicePath('port'), servicePath('portName')],
    'The container port (targetPort when numeric, else port); grpc when portName contains grpc.',
  )
  traceRoutes(trace, ['spec', 'routes'])
  return {
    apiVersion: 'appmesh.k8s.aws/v1beta2',
    kind: 'VirtualRouter',
    metadata: compact({ name: ctx.apex, namespace: ctx.namespace, ownerReferences: ownerReferences(ctx) }),
    spec: {
      listeners: [{ portMapping: { port, protocol: (ctx.service.portName ?? '').includes('grpc') ? 'grpc' : 'http' } }],
      routes: routes(ctx, 'v1beta2'),
    },
  }
}

/** appmesh.go reconcileVirtualService + SetRoutes: the v1beta1 VirtualService <apex>.<namespace>, which holds the routes. */
export function appMeshLegacyVirtualService(ctx: GenerateContext, trace: Trace): ProviderObject {
  const name = `${ctx.apex}.${ctx.namespace ?? 'default'}`
  trace(['metadata', 'name'], [ctx.apexFrom], 'VirtualService <apex>.<namespace> (App Mesh v1beta1).', 'flagger')
  trace(['spec', 'meshName'], [servicePath('meshName')], 'service.meshName; Flagger refuses an empty one.')
  traceRoutes(trace, ['spec', 'routes'])
  return {
    apiVersion: 'appmesh.k8s.aws/v1beta1',
    kind: 'VirtualService',
    metadata: compact({ name, namespace: ctx.namespace, ownerReferences: ownerReferences(ctx) }),
    spec: compact({
      meshName: ctx.service.meshName || undefined,
      virtualRouter: {
        name: ctx.apex,
        listeners: [
          {
            portMapping: {
              port: ctx.service.port ?? 0,
              protocol: (ctx.service.portName ?? '').includes('grpc') ? 'grpc' : 'http',
            },
          },
        ],
      },
      routes: routes(ctx, 'v1beta1'),
    }),
  }
}
