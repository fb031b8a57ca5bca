import type { Diagnostic } from '../diagnostic.ts'
import { goMap } from './flagger-structs.ts'
import { fluxAnnotations, servicePath, type GenerateContext } from './generate-context.ts'
import { isRecord, metadataOf, scalarText, type FileObject } from './file-objects.ts'
import type { KubernetesService, ServicePort } from './istio-types.ts'
import { selectorWhy, servicePorts, traceDiscoveredPorts } from './kubernetes-services.ts'
import type { Trace } from './provenance.ts'

// Flagger kubernetes_default.go reconcileService, when the apex Service already exists and the Canary is not its
// controller: only spec.ports (keeping the nodePort of a same-named port) and spec.selector are replaced; labels,
// annotations and every other field stay; the update adds the two Flux annotations (filterMetadata); no
// ownerReference is added (only the create branch sets one).

const stringMap = (v: unknown): Record<string, string> =>
  isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {}
const oldPortsOf = (file: FileObject): Record<string, unknown>[] => {
  const spec = isRecord(file.data.spec) ? file.data.spec : {}
  return Array.isArray(spec.ports) ? spec.ports.filter(isRecord) : []
}

function withNodePorts(ports: ServicePort[], old: readonly Record<string, unknown>[]): ServicePort[] {
  return ports.map((p) => {
    const same = old.find((o) => o.name === p.name && typeof o.nodePort === 'number' && o.nodePort > 0)
    return same ? { ...p, nodePort: same.nodePort as number } : p
  })
}

/** The old port as the API server holds it (protocol TCP and targetPort = port by default), for the comparison. */
const normalisedPort = (p: Record<string, unknown>) =>
  JSON.stringify([
    p.name ?? '',
    p.protocol ?? 'TCP',
    p.appProtocol ?? '',
    p.port,
    p.targetPort ?? p.port,
    p.nodePort ?? 0,
  ])
const samePorts = (a: readonly ServicePort[], b: readonly Record<string, unknown>[]) =>
  JSON.stringify(a.map((p) => normalisedPort({ ...p })).sort()) === JSON.stringify(b.map(normalisedPort).sort())
const sameMap = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(goMap(a) ?? {}) === JSON.stringify(goMap(b) ?? {})

const describePort = (p: Record<string, unknown>) =>
  `${String(p.port)} → ${String(p.targetPort ?? p.port)}${scalarText(p.name) ? ` (${scalarText(p.name)})` : ''}`
const describeMap = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || 'none'

/** What the adoption changes, for the trace and the note. */
function adoptionChanges(ctx: GenerateContext, file: FileObject) {
  const old = oldPortsOf(file)
  const ports = withNodePorts(servicePorts(ctx), old)
  const selector = { [ctx.selector.key]: `${ctx.selector.value}-primary` }
  const oldSelector = stringMap(isRecord(file.data.spec) ? file.data.spec.selector : undefined)
  return {
    old,
    ports,
    selector,
    oldSelector,
    portsChanged: !samePorts(ports, old),
    selectorChanged: !sameMap(selector, oldSelector),
  }
}

function traceAdopted(ctx: GenerateContext, file: FileObject, trace: Trace): void {
  const c = adoptionChanges(ctx, file)
  const kept = `Kept from the Service in this file (document ${file.documentIndex + 1}): Flagger adopts it and replaces only spec.ports and spec.selector (kubernetes_default.go reconcileService).`
  trace(['metadata'], [], kept, 'file')
  trace(['metadata', 'labels'], [], `${kept} Labels are replaced only on a Service the Canary owns.`, 'file')
  trace(
    ['metadata', 'annotations'],
    [],
    `Kept from the Service in this file, plus the two Flux annotations Flagger adds when it updates it.`,
    'file',
  )
  trace(['spec'], [], kept, 'file')
  const was = c.portsChanged
    ? `Overwritten by Flagger (was ${c.old.map(describePort).join(', ') || 'no ports'}): `
    : 'Already as Flagger writes it: '
  trace(
    ['spec', 'ports'],
    [servicePath('port')],
    `${was}service.port → targetPort, named service.portName or http; a nodePort of a same-named port is kept.`,
  )
  trace(
    ['spec', 'ports', 0],
    [servicePath('port'), servicePath('portName'), servicePath('targetPort'), servicePath('appProtocol')],
    `${was}service.port → targetPort (service.targetPort, else the port), named service.portName or http.`,
  )
  traceDiscoveredPorts(ctx, trace)
  c.ports.forEach((p, i) => {
    if (p.nodePort !== undefined)
      trace(
        ['spec', 'ports', i, 'nodePort'],
        [],
        `Kept from the file’s Service port named ${p.name}: Flagger copies the nodePort of a same-named port.`,
        'file',
      )
  })
  const selWas = c.selectorChanged
    ? `Overwritten by Flagger (was ${describeMap(c.oldSelector)}): `
    : 'Already as Flagger writes it: '
  trace(
    ['spec', 'selector'],
    [['spec', 'targetRef', 'name']],
    `${selWas}selects the primary workload’s pods (<value>-primary).${selectorWhy(ctx)}`,
    ctx.selectorFrom === 'assumed' ? 'assumed' : 'canary',
  )
}

/** The apex Service after Flagger's update of the Service in the file. */
export function adoptApexService(ctx: GenerateContext, file: FileObject, trace: Trace): KubernetesService {
  traceAdopted(ctx, file, trace)
  const c = adoptionChanges(ctx, file)
  const updated = c.portsChanged || c.selectorChanged
  const meta = metadataOf(file.data)
  const annotations = stringMap(meta.annotations)
  const { status: _status, ...rest } = file.data
  void _status
  return {
    ...rest,
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      ...meta,
      name: ctx.apex,
      ...(ctx.namespace ? { namespace: ctx.namespace } : {}),
      ...(isRecord(meta.labels) ? { labels: goMap(stringMap(meta.labels)) } : {}),
      ...(updated || isRecord(meta.annotations)
        ? { annotations: goMap(updated ? { ...annotations, ...fluxAnnotations } : annotations) }
        : {}),
    },
    spec: {
      ...(isRecord(file.data.spec) ? file.data.spec : {}),
      ports: c.ports,
      selector: c.selector,
    } as KubernetesService['spec'],
  }
}

/** The note that says the apex Service is adopted and what Flagger overwrites in it. */
export function adoptedServiceNote(ctx: GenerateContext): Diagnostic | undefined {
  const file = ctx.file.apexService
  if (!file) return undefined
  const c = adoptionChanges(ctx, file)
  const overwritten = [
    c.portsChanged ? `spec.ports (was ${c.old.map(describePort).join(', ') || 'none'})` : '',
    c.selectorChanged ? `spec.selector (was ${describeMap(c.oldSelector)})` : '',
  ].filter(Boolean)
  const what =
    overwritten.length > 0
      ? `It overwrites ${overwritten.join(' and ')}`
      : 'Its ports and selector are already what Flagger writes, so it is left as it is'
  const ignored = [
    ctx.service.headless ? 'service.headless' : '',
    ctx.service.trafficDistribution ? 'service.trafficDistribution' : '',
    ctx.service.apex ? 'service.apex metadata' : '',
  ].filter(Boolean)
  const notApplied =
    ignored.length > 0 ? ` ${ignored.join(', ')} ${ignored.length > 1 ? 'are' : 'is'} not applied to it.` : ''
  return {
    severity: 'info',
    rule: 'generate-adopted-service',
    message: `Service ${ctx.apex} (document ${file.documentIndex + 1} of this file) is adopted: Flagger updates it in place and adds no ownerReference, so it is not deleted with the Canary. ${what}; its labels, annotations (plus the two Flux annotations on update) and other fields stay (kubernetes_default.go reconcileService).${notApplied}`,
    path: ctx.apexFrom,
  }
}
