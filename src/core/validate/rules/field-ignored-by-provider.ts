import { fieldEntries, type FieldNode } from '../../catalog/dsl.ts'
import { canarySpecNode } from '../../catalog/canary-fields.ts'
import type { Diagnostic, FieldPath } from '../../diagnostic.ts'
import { formatPath } from '../../diagnostic.ts'
import { providerPhrase, report, type LintContext, type LintRule } from '../lint-rule.ts'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

// Walks the typed spec with the catalog; a present field whose node lists providers without ours is ignored.
function collect(
  node: FieldNode,
  value: unknown,
  path: FieldPath,
  ctx: LintContext,
  out: Diagnostic[],
  rule: LintRule,
): void {
  if (value === undefined) return
  if (node.providers && !node.providers.includes(ctx.provider)) {
    const users = node.providers.join(', ')
    out.push(
      report(
        rule,
        path,
        `\`${formatPath(path)}\` is ignored with ${providerPhrase(ctx)}: only ${users} read${node.providers.length === 1 ? 's' : ''} it. Remove it, or set spec.provider to the provider you run.`,
        {
          fixes: [{ title: `Remove ${String(path[path.length - 1])}`, kind: 'remove', path }],
        },
      ),
    )
    return
  }
  if (node.kind === 'object' && isRecord(value))
    for (const [key, child] of fieldEntries(node))
      if (value[key] !== undefined) collect(child, value[key], [...path, key], ctx, out, rule)
  if (node.kind === 'list' && Array.isArray(value))
    value.forEach((item, i) => collect(node.items, item, [...path, i], ctx, out, rule))
}

/** Fields the effective provider never reads (catalog `providers`, from the spec's router survey). */
export const fieldIgnoredByProvider: LintRule = {
  id: 'field-ignored-by-provider',
  severity: 'warning',
  summary:
    'A field is set that the provider in use ignores (e.g. Istio-only gateways or mirrorWeight with another provider).',
  source: 'flagger-semantics.md §c.4 (which fields matter to which provider)',
  check(ctx) {
    const out: Diagnostic[] = []
    // provider kubernetes has its own rule: it drops match and forces blue/green.
    const spec = ctx.provider === 'kubernetes' ? { ...ctx.spec, analysis: undefined } : ctx.spec
    collect(canarySpecNode, spec, ['spec'], ctx, out, this)
    return out
  },
}
