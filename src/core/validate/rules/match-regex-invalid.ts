import type { Diagnostic, FieldPath } from '../../diagnostic.ts'
import { compileRe2 } from '../../route/re2.ts'
import { report, type LintRule } from '../lint-rule.ts'

/** Every `regex` string under a match list, with its path (headers, queryParams, uri, withoutHeaders …). */
function findRegexes(value: unknown, path: FieldPath, out: [FieldPath, string][]): void {
  if (Array.isArray(value)) value.forEach((item, i) => findRegexes(item, [...path, i], out))
  else if (value !== null && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      if (key === 'regex' && typeof child === 'string') out.push([[...path, key], child])
      else findRegexes(child, [...path, key], out)
    }
}

/** A match regex RE2 refuses: Istio's validation (Go regexp, RE2 syntax) rejects the VirtualService Flagger writes. */
export const matchRegexInvalid: LintRule = {
  id: 'match-regex-invalid',
  severity: 'error',
  summary:
    'A match regex is not one RE2 accepts (syntax, lookaround, backreference, size), so Istio rejects the route.',
  source: 'Istio pkg/config/validation validateStringRegexp (Go regexp, max 1024 bytes); Envoy safe_regex (RE2)',
  check(ctx) {
    const found: [FieldPath, string][] = []
    findRegexes(ctx.analysis.match, ['spec', 'analysis', 'match'], found)
    findRegexes(ctx.service.match, ['spec', 'service', 'match'], found)
    const out: Diagnostic[] = []
    for (const [path, pattern] of found) {
      const compiled = compileRe2(pattern)
      // Flagger copies match regexes into the VirtualService as they are; Istio's admission webhook refuses it.
      if (!compiled.ok)
        out.push(report(this, path, `${compiled.error}. Flagger copies this match into the VirtualService it writes.`))
    }
    return out
  },
}
