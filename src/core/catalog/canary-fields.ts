import { bool, int, map, obj, str, type Infer } from './dsl.ts'
import { analysisNode } from './canary-analysis-fields.ts'
import { autoscalerRefNode, ingressRefNode, routeRefNode, targetRefNode, upstreamRefNode } from './canary-ref-fields.ts'
import { serviceNode } from './canary-service-fields.ts'
import { providerNames } from './provider-groups.ts'

// Structure, enums, patterns, bounds and required keys follow the upstream Canary CRD (flagger.app/v1beta1); docs,
// defaults (flagger-semantics.md §a.2) and providers (§c.4) are ours. Subtrees live in canary-*-fields.ts.

/** spec: the whole Canary specification. */
export const canarySpecNode = obj(
  {
    provider: str({
      enum: providerNames,
      label: 'Provider',
      default: 'istio',
      doc:
        "The mesh or ingress that shifts traffic. Unset: Flagger's `-mesh-provider` flag (default `istio`), so a " +
        'Flagger installed for another mesh behaves differently. `istio` generates a VirtualService and two ' +
        'DestinationRules; `kubernetes` only swaps Services (blue/green, no weights).',
    }),
    metricsServer: str({
      format: 'url',
      label: 'Metrics server',
      advanced: true,
      example: 'http://prometheus.istio-system:9090',
      doc:
        "Prometheus URL for the built-in metrics and inline queries of this Canary, instead of Flagger's global " +
        '`-metrics-server`. MetricTemplates carry their own address.',
    }),
    progressDeadlineSeconds: int({
      unit: 'seconds',
      rangeHint: { min: 60 },
      label: 'Progress deadline',
      default: 600,
      example: 600,
      doc:
        'How long, in seconds, the canary or primary workload may stay unavailable (replicas not ready) before ' +
        'Flagger gives up and rolls back. It bounds readiness waits, not the length of the analysis: a healthy run ' +
        'may take much longer.',
    }),
    targetRef: targetRefNode,
    autoscalerRef: autoscalerRefNode,
    ingressRef: ingressRefNode,
    routeRef: routeRefNode,
    upstreamRef: upstreamRefNode,
    service: serviceNode,
    skipAnalysis: bool({
      label: 'Skip analysis',
      default: false,
      doc:
        'Promote every new revision at once, without hooks, metrics or traffic shifting (post-rollout hooks still ' +
        'run). Setting it during a run cancels the run and promotes.',
    }),
    revertOnDeletion: bool({
      label: 'Revert on deletion',
      default: false,
      advanced: true,
      doc:
        'When the Canary is deleted, restore what Flagger changed: the VirtualService spec, the apex Service ' +
        'selector, and scale your workload back up. Without it, deleting the Canary leaves traffic on `-primary`.',
    }),
    suspend: bool({
      label: 'Suspend',
      default: false,
      doc: 'Freeze this Canary: no bootstrap, no analysis, traffic stays where it is (also mid-run) until unset.',
    }),
    analysis: analysisNode,
  },
  { required: ['targetRef', 'analysis'], doc: 'The Canary specification.' },
)

/** The whole Canary document. */
export const canaryNode = obj({
  apiVersion: str({ enum: ['flagger.app/v1beta1'], label: 'API version', doc: 'Always `flagger.app/v1beta1`.' }),
  kind: str({ enum: ['Canary'], label: 'Kind', doc: 'Always `Canary`.' }),
  metadata: obj(
    {
      name: str({
        format: 'k8s-name',
        label: 'Name',
        doc: 'Name of the Canary. It names nothing Flagger generates: those derive from `service.name` or `targetRef.name`.',
      }),
      namespace: str({
        format: 'k8s-name',
        label: 'Namespace',
        doc: 'Namespace of the Canary: the target, Services, VirtualService and DestinationRules all live here.',
      }),
      labels: map(str(), { doc: 'Labels of the Canary object itself.' }),
      annotations: map(str(), { doc: 'Annotations of the Canary object itself.' }),
    },
    { open: true, required: ['name'], label: 'Metadata', doc: 'Kubernetes object metadata of the Canary.' },
  ),
  spec: canarySpecNode,
})

export type Canary = Infer<typeof canaryNode>
/** spec of the typed view. */
export type CanarySpec = NonNullable<Canary['spec']>
/** spec.analysis of the typed view. */
export type CanaryAnalysis = NonNullable<CanarySpec['analysis']>
/** spec.service of the typed view. */
export type CanaryService = NonNullable<CanarySpec['service']>
/** One spec.analysis.metrics entry. */
export type CanaryMetric = NonNullable<CanaryAnalysis['metrics']>[number]
/** One spec.analysis.webhooks entry. */
export type CanaryWebhook = NonNullable<CanaryAnalysis['webhooks']>[number]
/** One spec.analysis.match condition. */
export type CanaryMatch = NonNullable<CanaryAnalysis['match']>[number]
/** One spec.service.match condition. */
export type ServiceMatch = NonNullable<CanaryService['match']>[number]
/** spec.analysis.sessionAffinity. */
export type SessionAffinity = NonNullable<CanaryAnalysis['sessionAffinity']>
/** A webhook type as the CRD spells it ("" means rollout). */
export type WebhookType = NonNullable<CanaryWebhook['type']>
