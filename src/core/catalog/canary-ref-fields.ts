import { int, map, obj, str } from './dsl.ts'

// The object references of spec: what Flagger clones, scales and routes through. Structure, enums and required
// keys mirror the upstream Canary CRD (flagger.app/v1beta1); docs, defaults and providers follow
// flagger-semantics.md (§a.2 defaults, §b.1 names, §c.4 providers).

/** spec.targetRef: the workload Flagger turns into a canary and clones into `<name>-primary`. */
export const targetRefNode = obj(
  {
    apiVersion: str({
      label: 'API version',
      doc: 'API version of the target: `apps/v1` for a Deployment or DaemonSet, `serving.knative.dev/v1` for a Knative Service.',
      example: 'apps/v1',
    }),
    kind: str({
      enum: ['DaemonSet', 'Deployment', 'Service'],
      label: 'Kind',
      doc:
        'Kind of the target. `Deployment` and `DaemonSet` are cloned into a `-primary` copy that serves production ' +
        'traffic; `Service` means a Knative Service and needs `provider: knative`.',
      example: 'Deployment',
    }),
    name: str({
      label: 'Name',
      doc:
        "Name of your workload, in the Canary's namespace. Flagger creates `<name>-primary` from it and scales this " +
        'one to zero between runs; a change to its pod template is what starts an analysis. It also names the ' +
        'Services (`<name>`, `<name>-primary`, `<name>-canary`) unless `service.name` is set.',
      example: 'podinfo',
    }),
  },
  {
    required: ['apiVersion', 'kind', 'name'],
    label: 'Target',
    doc:
      'The workload under progressive delivery. Flagger copies it to `<name>-primary`, points the apex Service at ' +
      'the primary pods, and from then on uses your workload only as the canary: each new pod template starts an ' +
      'analysis, and promotion copies the template to the primary.',
  },
)

/** spec.autoscalerRef: the HPA or KEDA ScaledObject Flagger clones for the primary. */
export const autoscalerRefNode = obj(
  {
    apiVersion: str({
      label: 'API version',
      doc: '`autoscaling/v2` for a HorizontalPodAutoscaler, `keda.sh/v1alpha1` for a KEDA ScaledObject.',
      example: 'autoscaling/v2',
    }),
    kind: str({
      enum: ['HorizontalPodAutoscaler', 'ScaledObject'],
      label: 'Kind',
      doc: 'Kind of the autoscaler: a HorizontalPodAutoscaler or a KEDA ScaledObject.',
    }),
    name: str({
      label: 'Name',
      doc:
        'Name of the autoscaler that targets your workload. Flagger creates `<name>-primary` scaling ' +
        '`<target>-primary`, and pauses the original between runs so the canary can stay at zero replicas.',
    }),
    primaryScalerQueries: map(str(), {
      label: 'Primary scaler queries',
      advanced: true,
      doc:
        "KEDA only: replacement queries for the primary ScaledObject, keyed by trigger name. Use it when a trigger's " +
        'query names the canary workload and must name the primary instead.',
    }),
    primaryScalerReplicas: obj(
      {
        minReplicas: int({
          minimum: 1,
          unit: 'count',
          label: 'Min replicas',
          doc: "Minimum replicas of the primary's autoscaler (overrides the value copied from yours).",
        }),
        maxReplicas: int({
          minimum: 1,
          unit: 'count',
          label: 'Max replicas',
          doc: "Maximum replicas of the primary's autoscaler (overrides the value copied from yours).",
        }),
      },
      {
        label: 'Primary replicas',
        advanced: true,
        doc: "Replica bounds for the primary's autoscaler when they should differ from the canary's.",
      },
    ),
  },
  {
    required: ['apiVersion', 'kind', 'name'],
    label: 'Autoscaler',
    doc:
      'Optional autoscaler of the target. Flagger clones it for the primary, and when a run starts scales the canary ' +
      "to the autoscaler's minimum (if above 1) unless the workload sets its own replicas.",
  },
)

/** spec.ingressRef: the Ingress Flagger clones into a canary Ingress (NGINX, Skipper). */
export const ingressRefNode = obj(
  {
    apiVersion: str({ label: 'API version', doc: 'Usually `networking.k8s.io/v1`.', example: 'networking.k8s.io/v1' }),
    kind: str({ enum: ['Ingress'], label: 'Kind', doc: 'Always `Ingress`.' }),
    name: str({
      label: 'Name',
      doc: 'Name of the Ingress that exposes the apex Service; also `{{ ingress }}` in metric queries.',
    }),
  },
  {
    required: ['apiVersion', 'kind', 'name'],
    label: 'Ingress',
    providers: ['nginx', 'skipper'],
    doc:
      'NGINX and Skipper only: the Ingress in front of the app. Flagger creates a `-canary` copy and shifts traffic ' +
      "with the controller's canary annotations. Ignored by Istio.",
  },
)

/** spec.routeRef: the ApisixRoute Flagger splits traffic with (APISIX). */
export const routeRefNode = obj(
  {
    apiVersion: str({ label: 'API version', doc: 'Usually `apisix.apache.org/v2`.', example: 'apisix.apache.org/v2' }),
    kind: str({ enum: ['ApisixRoute'], label: 'Kind', doc: 'Always `ApisixRoute`.' }),
    name: str({ label: 'Name', doc: 'Name of the ApisixRoute; also `{{ route }}` in metric queries.' }),
  },
  {
    required: ['apiVersion', 'kind', 'name'],
    label: 'APISIX route',
    providers: ['apisix'],
    doc: 'APISIX only: the ApisixRoute whose backends Flagger weights between primary and canary. Ignored by Istio.',
  },
)

/** spec.upstreamRef: the Gloo Upstream template Flagger copies for primary and canary (Gloo). */
export const upstreamRefNode = obj(
  {
    apiVersion: str({ label: 'API version', doc: 'Usually `gloo.solo.io/v1`.', example: 'gloo.solo.io/v1' }),
    kind: str({ enum: ['Upstream'], label: 'Kind', doc: 'Always `Upstream`.' }),
    name: str({ label: 'Name', doc: 'Name of the Gloo Upstream to use as a template.' }),
    namespace: str({
      label: 'Namespace',
      doc: 'Namespace of the Upstream; blocked when Flagger runs with `-no-cross-namespace-refs` and it differs.',
    }),
  },
  {
    required: ['apiVersion', 'kind', 'name'],
    label: 'Gloo upstream',
    providers: ['gloo'],
    advanced: true,
    doc: 'Gloo only: an Upstream whose settings Flagger copies into the generated primary and canary Upstreams.',
  },
)
