import { report, type LintRule } from '../lint-rule.ts'

/** A Gateway API mirror backendRef to a core Service without port: the CRD's CEL rule rejects it. */
export const mirrorBackendPortRequired: LintRule = {
  id: 'mirror-backend-port-required',
  severity: 'error',
  summary: 'service.mirror[].backendRef points at a Service without a port.',
  source: 'Canary CRD x-kubernetes-validations on service.mirror[].backendRef ("Must have port for Service reference")',
  check(ctx) {
    return (ctx.service.mirror ?? []).flatMap((entry, i) => {
      const ref = entry.backendRef
      if (!ref || ref.port !== undefined) return []
      const group = ref.group ?? ''
      const kind = ref.kind ?? 'Service'
      if (group !== '' || kind !== 'Service') return []
      return [
        report(
          this,
          ['spec', 'service', 'mirror', i, 'backendRef'],
          `backendRef "${ref.name ?? i}" is a Service and needs a port: kubectl apply rejects it ("Must have port for Service reference"). Add port.`,
        ),
      ]
    })
  },
}
