import { bool, int, intOrStr, list, map, obj, str } from './dsl.ts'
import {
  corsPolicyNode,
  gatewayMirrorListNode,
  gatewayRefsNode,
  headersNode,
  retriesNode,
  rewriteNode,
  serviceMatchListNode,
} from './canary-route-fields.ts'
import { trafficPolicyNode } from './canary-traffic-policy-fields.ts'

// spec.service: the three Kubernetes Services (§b.7) and the routing object (VirtualService for Istio, §b.2).
// Structure, enums and required keys mirror the Canary CRD; defaults follow flagger-semantics.md §a.2, providers §c.4.

const serviceMetadataNode = (which: string, selects: string) =>
  obj(
    {
      labels: map(str(), { doc: `Labels added to the ${which}.` }),
      annotations: map(str(), { doc: `Annotations added to the ${which}.` }),
    },
    { advanced: true, doc: `Extra labels and annotations for the ${which} (${selects}).` },
  )

const portFields = {
  port: int({
    minimum: 1,
    maximum: 65535,
    unit: 'port',
    label: 'Port',
    example: 9898,
    doc:
      'Required. The port of the three Services Flagger creates (`<apex>`, `<apex>-primary`, `<apex>-canary`) — ' +
      'what clients call. Also the destination port in the VirtualService when port discovery needs one.',
  }),
  portName: str({
    default: 'http',
    label: 'Port name',
    doc:
      'Name of that Service port. Istio picks the protocol from the name prefix (`http`, `http2`, `grpc`, `tcp`…), ' +
      'so keep it accurate: a wrong prefix turns HTTP routing and metrics off.',
  }),
  appProtocol: str({
    label: 'App protocol',
    advanced: true,
    doc:
      "The Services' `appProtocol`. With Istio, `tcp` (any case) makes Flagger generate a TCP route: weights only, " +
      'no HTTP match, retries, timeout, headers, mirroring or cookies.',
  }),
  trafficDistribution: str({
    enum: ['PreferClose', 'PreferSameZone', 'PreferSameNode'],
    label: 'Traffic distribution',
    advanced: true,
    doc: "Copied to the Services' `trafficDistribution` (topology-aware routing by kube-proxy).",
  }),
  targetPort: intOrStr({
    label: 'Target port',
    example: 9898,
    doc: 'The container port (number or name) the Services forward to. Defaults to `port`.',
  }),
  portDiscovery: bool({
    default: false,
    label: 'Port discovery',
    advanced: true,
    doc:
      'Also expose every other container port of the target on the Services (named after the container port, or ' +
      '`tcp-<container>-<n>`). With Istio it also writes `port` into the VirtualService destinations when the ' +
      'first gateway is not `mesh` or delegation is on.',
  }),
  headless: bool({
    default: false,
    label: 'Headless',
    advanced: true,
    doc: 'Create the primary and canary Services as headless (`clusterIP: None`).',
  }),
}

const istioRoutingFields = {
  gateways: list(str(), {
    label: 'Gateways',
    providers: ['istio'],
    default: ['mesh'],
    example: ['istio-system/public-gateway', 'mesh'],
    doc:
      "Which traffic the canary routing applies to: copied as-is into the VirtualService's `gateways`. " +
      "`<namespace>/<name>` is an Istio Gateway; a bare `<name>` means a Gateway in the Canary's own namespace; " +
      '`mesh` means in-cluster calls through sidecars. Empty = `[mesh]`. Listing only an ingress gateway means ' +
      'calls from inside the mesh skip the VirtualService, reach `<apex>` (primary pods) and never see the canary: ' +
      'add `mesh` to cover both.',
  }),
  hosts: list(str(), {
    label: 'Hosts',
    providers: [
      'istio',
      'gatewayapi:v1',
      'gatewayapi:v1beta1',
      'appmesh',
      'appmesh:v1beta2',
      'smi:v1alpha1',
      'smi:v1alpha2',
      'smi:v1alpha3',
    ],
    example: ['app.example.com'],
    doc:
      'The Host/authority names the VirtualService answers for: copied into its `hosts`, then `<apex>` is added ' +
      'unless already there (exactly) or `*` is listed. A request through the listed gateways is only split ' +
      'between primary and canary when its Host matches one of these; the Gateway must accept the host too.',
  }),
  delegation: bool({
    default: false,
    label: 'Delegation',
    providers: ['istio'],
    advanced: true,
    doc:
      'Generate a delegate VirtualService (no hosts, no gateways) for a root VirtualService you own to include. ' +
      '`hosts` and `gateways` must then be empty, or Flagger refuses to reconcile it every interval.',
  }),
  timeout: str({
    format: 'protobuf-duration',
    label: 'Timeout',
    providers: ['istio', 'appmesh', 'appmesh:v1beta2', 'contour', 'gatewayapi:v1', 'gatewayapi:v1beta1'],
    advanced: true,
    example: '30s',
    doc: 'Request timeout of the generated route (`30s`, `0.5s`). Flagger copies it; Istio parses it.',
  }),
}

/** spec.service: the Services Flagger generates and the routing (VirtualService) in front of them. */
export const serviceNode = obj(
  {
    name: str({
      label: 'Service name',
      format: 'k8s-name',
      doc:
        'The apex name: Flagger creates Services `<name>`, `<name>-primary`, `<name>-canary` and a VirtualService ' +
        '`<name>`. Defaults to `targetRef.name`. The primary workload is still `<targetRef.name>-primary`.',
    }),
    ...portFields,
    timeout: istioRoutingFields.timeout,
    backendTimeout: str({
      label: 'Backend timeout',
      providers: ['gatewayapi:v1', 'gatewayapi:v1beta1'],
      advanced: true,
      doc: 'Gateway API only: timeout of each request to the backend (HTTPRoute `timeouts.backendRequest`).',
    }),
    meshName: str({
      label: 'Mesh name',
      providers: ['appmesh', 'appmesh:v1beta2'],
      advanced: true,
      doc: 'App Mesh only: the mesh the generated virtual nodes and router belong to.',
    }),
    backends: list(str(), {
      label: 'Backends',
      providers: ['appmesh', 'appmesh:v1beta2'],
      advanced: true,
      doc: 'App Mesh only: virtual services this app calls (backends of its virtual nodes).',
    }),
    hosts: istioRoutingFields.hosts,
    delegation: istioRoutingFields.delegation,
    match: serviceMatchListNode,
    retries: retriesNode,
    rewrite: rewriteNode,
    mirror: gatewayMirrorListNode,
    headers: headersNode,
    gateways: istioRoutingFields.gateways,
    gatewayRefs: gatewayRefsNode,
    corsPolicy: corsPolicyNode,
    trafficPolicy: trafficPolicyNode,
    apex: serviceMetadataNode('apex Service `<apex>` (and the VirtualService)', 'it selects the primary pods'),
    primary: serviceMetadataNode('primary Service `<apex>-primary`', 'it selects the primary pods'),
    canary: serviceMetadataNode('canary Service `<apex>-canary`', 'it selects the canary pods'),
    unmanagedMetadata: obj(
      {
        annotations: list(str(), { doc: 'Annotation keys Flagger leaves alone.' }),
        labels: list(str(), { doc: 'Label keys Flagger leaves alone.' }),
      },
      {
        advanced: true,
        doc: 'Label and annotation keys on the generated Services that other controllers own: Flagger keeps them.',
      },
    ),
  },
  {
    required: ['port'],
    label: 'Service',
    doc:
      'How the app is exposed. Flagger creates three ClusterIP Services — `<apex>` and `<apex>-primary` select the ' +
      'primary pods, `<apex>-canary` the canary pods — and, with Istio, a VirtualService `<apex>` that splits ' +
      'traffic between `<apex>-primary` and `<apex>-canary` plus two DestinationRules.',
  },
)
