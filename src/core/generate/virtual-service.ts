import type { Diagnostic } from '../diagnostic.ts'
import { isTcpService } from '../model/effective.ts'
import { compact, goMap } from './flagger-structs.ts'
import { fluxAnnotations, ownerReferences, servicePath, type GenerateContext } from './generate-context.ts'
import { httpRouteList } from './http-route-list.ts'
import { destination, recordDestination } from './http-routes.ts'
import type { TcpRoute, VirtualService } from './istio-types.ts'
import { adoptedAnnotations, keptMetadata, oldLabelsText } from './adopted-virtual-service.ts'
import { under, type Trace } from './provenance.ts'

/** Flagger istio.go reconcileVirtualService: service.hosts, then the apex appended unless it (exactly) or "*" is listed. */
function hostsOf(ctx: GenerateContext, trace: Trace): string[] {
  const hosts = [...(ctx.service.hosts ?? [])]
  hosts.forEach((_, i) => trace(['spec', 'hosts', i], [servicePath('hosts', i)], 'From service.hosts, in order.'))
  if (!hosts.some((h) => h === ctx.apex || h === '*')) {
    trace(
      ['spec', 'hosts', hosts.length],
      [ctx.apexFrom, servicePath('hosts')],
      `Flagger appends the apex Service name (${ctx.apex}) so in-mesh calls to it match; a FQDN does not count.`,
      'flagger',
    )
    hosts.push(ctx.apex)
  }
  return hosts
}

/** Flagger istio.go reconcileVirtualService: service.gateways exactly as written; ["mesh"] only when the list is empty. */
function gatewaysOf(ctx: GenerateContext, trace: Trace): string[] {
  const gateways = ctx.service.gateways ?? []
  if (gateways.length > 0) {
    trace(
      ['spec', 'gateways'],
      [servicePath('gateways')],
      'service.gateways exactly as written; mesh is not added, so in-mesh callers use this VirtualService only when mesh is listed.',
    )
    return [...gateways]
  }
  trace(
    ['spec', 'gateways'],
    [servicePath('gateways')],
    'No service.gateways: Flagger uses the mesh gateway (sidecars) only.',
    'flagger',
  )
  return ['mesh']
}

/** The VirtualService metadata: apex labels (plus the selector label the Kubernetes router adds, see below) and annotations. */
function metadataOf(ctx: GenerateContext, spec: VirtualService['spec'], trace: Trace): VirtualService['metadata'] {
  const apex = ctx.service.apex
  // Flagger kubernetes_default.go reconcileService writes `<key>: <apex>` into service.apex.labels in place, and
  // the Istio router reads that same struct later in the tick: when service.apex is set, the VS gets the label too.
  const mutated = apex !== undefined && ctx.canary.spec?.targetRef?.kind !== 'Service'
  const labels = goMap({ ...apex?.labels, ...(mutated ? { [ctx.selector.key]: ctx.apex } : {}) })
  const adopted = ctx.file.virtualService
  trace(['metadata', 'name'], [ctx.apexFrom], `Named after the apex Service (${ctx.apex}).`, 'flagger')
  const replaced = adopted ? `Replaced by Flagger (the file’s VirtualService had ${oldLabelsText(adopted)}): ` : ''
  if (labels)
    trace(
      ['metadata', 'labels'],
      [servicePath('apex', 'labels')],
      `${replaced}service.apex.labels, plus the selector label Flagger’s Kubernetes router writes into the same map when service.apex is set.`,
    )
  const fresh = { ...apex?.annotations, ...fluxAnnotations }
  const kept = adopted
    ? ' Of the file’s annotations only kubectl’s last-applied-configuration and flagger.kubernetes.io/original-configuration stay; without the first, the old spec is stored in the second.'
    : ''
  trace(
    ['metadata', 'annotations'],
    [servicePath('apex', 'annotations')],
    `service.apex.annotations plus the two Flux annotations Flagger always adds.${kept}`,
  )
  if (adopted) {
    trace(
      ['metadata'],
      [],
      `The VirtualService of this file (document ${adopted.documentIndex + 1}) is adopted: updated in place, no ownerReference (istio.go reconcileVirtualService).`,
      'file',
    )
    trace(
      ['spec'],
      [],
      'Overwritten by Flagger: the spec of the file’s VirtualService is replaced as a whole.',
      'flagger',
    )
  } else
    trace(
      ['metadata', 'ownerReferences'],
      [['metadata', 'name']],
      'Owned by the Canary (the uid is a placeholder until it is applied).',
      'flagger',
    )
  return compact({
    ...(adopted ? keptMetadata(adopted) : {}),
    name: ctx.apex,
    namespace: ctx.namespace,
    labels: adopted && !labels ? undefined : labels,
    annotations: goMap(adopted ? adoptedAnnotations(adopted, spec, fresh, ctx.service.delegation === true) : fresh),
    ownerReferences: adopted ? undefined : ownerReferences(ctx),
  })
}

/** Flagger istio.go: the single TCP route, `match` keeping only each service.match entry's port. */
function tcpRoutes(ctx: GenerateContext, trace: Trace): TcpRoute[] {
  const { primaryWeight: p, canaryWeight: c } = ctx.routing
  const match = ctx.service.match?.map((m) => compact({ port: m.port === 0 ? undefined : m.port }))
  const route = [destination(ctx, ctx.primary, p), destination(ctx, ctx.canaryHost, c)]
  const t = under(trace, ['spec', 'tcp', 0])
  match?.forEach((_, i) =>
    t(['match', i], [servicePath('match', i, 'port')], 'Only the port of each service.match entry is kept for TCP.'),
  )
  route.forEach((d, i) =>
    recordDestination(
      ctx,
      under(t, ['route', i]),
      d,
      i === 0 ? 'Primary weight at this tick.' : 'Canary weight at this tick.',
    ),
  )
  return [compact({ match: match && match.length > 0 ? match : undefined, route })]
}

/** The VirtualService Flagger's Istio router keeps at this routing state, or its reconcile error. */
export function buildVirtualService(
  ctx: GenerateContext,
  trace: Trace,
): { object?: VirtualService; diagnostics: Diagnostic[] } {
  const s = ctx.service
  if (s.delegation && ((s.hosts?.length ?? 0) > 0 || (s.gateways?.length ?? 0) > 0)) {
    const message = `VirtualService ${ctx.apex}.${ctx.namespace ?? 'default'} cannot have hosts and gateways when delegation enabled`
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'generate-delegation-hosts',
          message: `${message} (Flagger's error; the VirtualService is not created or updated).`,
          path: servicePath('delegation'),
        },
      ],
    }
  }
  const hosts = s.delegation ? [] : hostsOf(ctx, trace)
  const gateways = s.delegation ? undefined : gatewaysOf(ctx, trace)
  if (s.delegation)
    trace(
      ['spec', 'hosts'],
      [servicePath('delegation')],
      'A delegate VirtualService has no hosts and no gateways: a parent VirtualService delegates to it.',
    )
  const object = (spec: VirtualService['spec']): VirtualService => ({
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'VirtualService',
    metadata: metadataOf(ctx, spec, trace),
    spec,
  })
  if (isTcpService(ctx.canary)) {
    trace(
      ['spec', 'tcp'],
      [servicePath('appProtocol')],
      'appProtocol tcp: Flagger writes a TCP route instead of HTTP routes.',
    )
    return { object: object(compact({ hosts, gateways, tcp: tcpRoutes(ctx, trace) })), diagnostics: [] }
  }
  const { routes, diagnostics } = httpRouteList(ctx)
  routes.forEach((r, i) => r.record(under(trace, ['spec', 'http', i])))
  return { object: object(compact({ hosts, gateways, http: routes.map((r) => r.route) })), diagnostics }
}
