import type { Diagnostic } from '../../diagnostic.ts'
import { isTcpService } from '../../model/effective.ts'
import { report, type LintRule } from '../lint-rule.ts'

const httpServiceFields = ['retries', 'timeout', 'headers', 'corsPolicy', 'rewrite'] as const
const httpAnalysisFields = ['match', 'mirror', 'sessionAffinity'] as const

/** appProtocol tcp with Istio: Flagger writes a TCP route, so HTTP-only settings are dropped. */
export const tcpServiceIgnoresHttpFields: LintRule = {
  id: 'tcp-service-ignores-http-fields',
  severity: 'warning',
  summary:
    'service.appProtocol is tcp, so HTTP settings (retries, timeout, headers, match, mirror, cookies) are dropped.',
  source: 'flagger-semantics.md §b.2 (TCP) and §a.6.7 (TCP services: no mirroring)',
  check(ctx) {
    if (ctx.provider !== 'istio' || !isTcpService(ctx.canary)) return []
    const out: Diagnostic[] = []
    const why = 'service.appProtocol is tcp, so Flagger generates a TCP route (weights only)'
    // Istio router: TCP → one tcp route with the two destinations; only service.match ports are kept.
    for (const key of httpServiceFields)
      if (ctx.service[key] !== undefined)
        out.push(
          report(
            this,
            ['spec', 'service', key],
            `${why} and drops service.${key}. Remove it, or use an HTTP appProtocol.`,
            {
              fixes: [{ title: `Remove ${key}`, kind: 'remove', path: ['spec', 'service', key] }],
            },
          ),
        )
    for (const key of httpAnalysisFields)
      if (ctx.analysis[key] !== undefined && ctx.analysis[key] !== false)
        out.push(
          report(
            this,
            ['spec', 'analysis', key],
            `${why}: analysis.${key} needs HTTP routing and has no effect. Remove it.`,
            {
              fixes: [{ title: `Remove ${key}`, kind: 'remove', path: ['spec', 'analysis', key] }],
            },
          ),
        )
    const matchWithoutPort = (ctx.service.match ?? []).findIndex((m) => Object.keys(m).some((k) => k !== 'port'))
    if (matchWithoutPort >= 0)
      out.push(
        report(
          this,
          ['spec', 'service', 'match', matchWithoutPort],
          `${why}: of service.match only \`port\` is kept; the other conditions are dropped.`,
        ),
      )
    return out
  },
}
