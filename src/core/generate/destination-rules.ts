import { compact } from './flagger-structs.ts'
import { ownerReferences, servicePath, type GenerateContext } from './generate-context.ts'
import type { DestinationRule } from './istio-types.ts'
import type { Trace } from './provenance.ts'
import { flaggerTrafficPolicy } from './traffic-policy.ts'

/** Flagger istio.go reconcileDestinationRule: `spec: {host: <name>, trafficPolicy: service.trafficPolicy}`, no labels or annotations. */
export function buildDestinationRule(ctx: GenerateContext, name: string, trace: Trace): DestinationRule {
  const tp = ctx.service.trafficPolicy
  trace(['metadata', 'name'], [ctx.apexFrom], `Named after the Service it applies to (${name}).`, 'flagger')
  trace(['spec', 'host'], [ctx.apexFrom], `The ${name} Service.`, 'flagger')
  if (tp) trace(['spec', 'trafficPolicy'], [servicePath('trafficPolicy')], 'service.trafficPolicy, the same on both DestinationRules.')
  return {
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'DestinationRule',
    metadata: compact({ name, namespace: ctx.namespace, ownerReferences: ownerReferences(ctx) }),
    spec: compact({ host: name, trafficPolicy: tp && flaggerTrafficPolicy(tp) }),
  }
}
