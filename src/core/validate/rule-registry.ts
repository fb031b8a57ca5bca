import type { LintRule } from './lint-rule.ts'
import { abMatchWithoutIterations } from './rules/ab-match-without-iterations.ts'
import { alertSeverityEmpty } from './rules/alert-severity-empty.ts'
import { analysisIntervalBelow10s } from './rules/analysis-interval-below-10s.ts'
import { analysisStrategyMissing } from './rules/analysis-strategy-missing.ts'
import { cookieRegexRequiresNoSpace } from './rules/cookie-regex-requires-no-space.ts'
import { builtinMetricsWithoutLoadTest } from './rules/builtin-metrics-without-load-test.ts'
import { delegationWithHostsOrGateways } from './rules/delegation-with-hosts-or-gateways.ts'
import { durationNotGoDuration } from './rules/duration-not-go-duration.ts'
import { externalGatewayWithoutMesh } from './rules/external-gateway-without-mesh.ts'
import { fieldIgnoredByProvider } from './rules/field-ignored-by-provider.ts'
import { gatewayNamespaceImplicit } from './rules/gateway-namespace-implicit.ts'
import { gatewayReferenceInvalid } from './rules/gateway-reference-invalid.ts'
import { hostsEmptyWithGateways } from './rules/hosts-empty-with-gateways.ts'
import { hostsWildcardWithMesh } from './rules/hosts-wildcard-with-mesh.ts'
import { iterationsWithStepWeight } from './rules/iterations-with-step-weight.ts'
import { kubernetesProviderBlueGreenOnly } from './rules/kubernetes-provider-blue-green-only.ts'
import { matchRegexInvalid } from './rules/match-regex-invalid.ts'
import { maxWeightAbove100 } from './rules/max-weight-above-100.ts'
import { maxWeightWithStepWeights } from './rules/max-weight-with-step-weights.ts'
import { maxWeightNotMultipleOfStepWeight } from './rules/max-weight-not-multiple-of-step-weight.ts'
import { metricWithoutBounds } from './rules/metric-without-bounds.ts'
import { metricWithoutQuery } from './rules/metric-without-query.ts'
import { mirrorBackendPortRequired } from './rules/mirror-backend-port-required.ts'
import { mirrorWeightWithoutMirror } from './rules/mirror-weight-without-mirror.ts'
import { mirrorWithAnalysisMatch } from './rules/mirror-with-analysis-match.ts'
import { mirrorWithSessionAffinity } from './rules/mirror-with-session-affinity.ts'
import { sessionAffinityCookieNamesEqual } from './rules/session-affinity-cookie-names-equal.ts'
import { sessionAffinityIgnoredByStrategy } from './rules/session-affinity-ignored-by-strategy.ts'
import { sessionAffinityWithAnalysisMatch } from './rules/session-affinity-with-analysis-match.ts'
import { stepWeightExceedsMaxWeight } from './rules/step-weight-exceeds-max-weight.ts'
import { stepWeightWithStepWeights } from './rules/step-weight-with-step-weights.ts'
import { stepWeightZero } from './rules/step-weight-zero.ts'
import { stepWeightsAbove100 } from './rules/step-weights-above-100.ts'
import { stepWeightsNotIncreasing } from './rules/step-weights-not-increasing.ts'
import { sourceLabelsWithoutMesh } from './rules/source-labels-without-mesh.ts'
import { targetKindUnsupported } from './rules/target-kind-unsupported.ts'
import { tcpServiceIgnoresHttpFields } from './rules/tcp-service-ignores-http-fields.ts'
import { templateMetricWithoutInterval } from './rules/template-metric-without-interval.ts'
import { thresholdRangeInvalid } from './rules/threshold-range-invalid.ts'
import { unknownBuiltinMetric } from './rules/unknown-builtin-metric.ts'
import { webhookDuplicateName } from './rules/webhook-duplicate-name.ts'
import { webhookMissingUrl } from './rules/webhook-missing-url.ts'
import { virtualServiceTakenOver } from './rules/virtual-service-taken-over.ts'
import { webhookUnknownType } from './rules/webhook-unknown-type.ts'

/** Every semantic lint rule, in the order diagnostics are reported; docs and the UI list rules from here. */
export const lintRules: readonly LintRule[] = [
  abMatchWithoutIterations,
  alertSeverityEmpty,
  analysisIntervalBelow10s,
  analysisStrategyMissing,
  builtinMetricsWithoutLoadTest,
  cookieRegexRequiresNoSpace,
  delegationWithHostsOrGateways,
  durationNotGoDuration,
  externalGatewayWithoutMesh,
  fieldIgnoredByProvider,
  gatewayNamespaceImplicit,
  gatewayReferenceInvalid,
  hostsEmptyWithGateways,
  hostsWildcardWithMesh,
  iterationsWithStepWeight,
  kubernetesProviderBlueGreenOnly,
  matchRegexInvalid,
  maxWeightAbove100,
  maxWeightNotMultipleOfStepWeight,
  maxWeightWithStepWeights,
  metricWithoutBounds,
  metricWithoutQuery,
  mirrorBackendPortRequired,
  mirrorWeightWithoutMirror,
  mirrorWithAnalysisMatch,
  mirrorWithSessionAffinity,
  sessionAffinityCookieNamesEqual,
  sessionAffinityIgnoredByStrategy,
  sessionAffinityWithAnalysisMatch,
  stepWeightExceedsMaxWeight,
  stepWeightWithStepWeights,
  stepWeightZero,
  stepWeightsAbove100,
  stepWeightsNotIncreasing,
  sourceLabelsWithoutMesh,
  targetKindUnsupported,
  tcpServiceIgnoresHttpFields,
  templateMetricWithoutInterval,
  thresholdRangeInvalid,
  unknownBuiltinMetric,
  virtualServiceTakenOver,
  webhookDuplicateName,
  webhookMissingUrl,
  webhookUnknownType,
]

/** The ids of the admission-level checks validateCanary makes from the catalog itself (before the lint rules). */
export const schemaRuleIds = [
  'schema-type',
  'schema-required',
  'schema-enum',
  'schema-pattern',
  'schema-length',
  'schema-one-of',
  'schema-integer',
  'schema-range',
  'schema-max-items',
  'schema-unknown-field',
] as const

/** The lint rule with this id, if any. */
export function lintRuleById(id: string): LintRule | undefined {
  return lintRules.find((r) => r.id === id)
}
