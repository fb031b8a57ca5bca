import { bool, int, intOrStr, list, map, num, obj, str, type Infer } from './dsl.ts'

// Structure, enums, patterns, bounds and required keys follow the upstream Canary CRD (flagger.app/v1beta1).

export const canarySpecNode = obj(
  {
    provider: str({
      enum: [
        'apisix',
        'appmesh',
        'appmesh:v1beta2',
        'contour',
        'gatewayapi:v1',
        'gatewayapi:v1beta1',
        'gloo',
        'istio',
        'knative',
        'kubernetes',
        'kuma',
        'linkerd',
        'nginx',
        'osm',
        'skipper',
        'smi:v1alpha1',
        'smi:v1alpha2',
        'smi:v1alpha3',
        'traefik',
      ],
    }),
    metricsServer: str(),
    progressDeadlineSeconds: int(),
    targetRef: obj(
      {
        apiVersion: str(),
        kind: str({ enum: ['DaemonSet', 'Deployment', 'Service'] }),
        name: str(),
      },
      { required: ['apiVersion', 'kind', 'name'] },
    ),
    autoscalerRef: obj(
      {
        apiVersion: str(),
        kind: str({ enum: ['HorizontalPodAutoscaler', 'ScaledObject'] }),
        name: str(),
        primaryScalerQueries: map(str()),
        primaryScalerReplicas: obj({
          minReplicas: int({ minimum: 1 }),
          maxReplicas: int({ minimum: 1 }),
        }),
      },
      { required: ['apiVersion', 'kind', 'name'] },
    ),
    ingressRef: obj(
      {
        apiVersion: str(),
        kind: str({ enum: ['Ingress'] }),
        name: str(),
      },
      { required: ['apiVersion', 'kind', 'name'] },
    ),
    routeRef: obj(
      {
        apiVersion: str(),
        kind: str({ enum: ['ApisixRoute'] }),
        name: str(),
      },
      { required: ['apiVersion', 'kind', 'name'] },
    ),
    upstreamRef: obj(
      {
        apiVersion: str(),
        kind: str({ enum: ['Upstream'] }),
        name: str(),
        namespace: str(),
      },
      { required: ['apiVersion', 'kind', 'name'] },
    ),
    service: obj(
      {
        name: str(),
        port: int(),
        portName: str(),
        appProtocol: str(),
        trafficDistribution: str({ enum: ['PreferClose', 'PreferSameZone', 'PreferSameNode'] }),
        targetPort: intOrStr(),
        portDiscovery: bool(),
        headless: bool(),
        timeout: str(),
        backendTimeout: str(),
        meshName: str(),
        backends: list(str()),
        hosts: list(str()),
        delegation: bool(),
        match: list(
          obj({
            authority: obj(
              {
                exact: str(),
                prefix: str(),
                regex: str(),
              },
              { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
            ),
            gateways: list(str()),
            headers: map(
              obj(
                {
                  exact: str(),
                  prefix: str(),
                  regex: str(),
                },
                { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
              ),
            ),
            ignoreUriCase: bool(),
            method: obj(
              {
                exact: str(),
                prefix: str(),
                regex: str(),
              },
              { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
            ),
            name: str(),
            port: int(),
            queryParams: map(
              obj(
                {
                  exact: str(),
                  prefix: str(),
                  regex: str(),
                },
                { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
              ),
            ),
            scheme: obj(
              {
                exact: str(),
                prefix: str(),
                regex: str(),
              },
              { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
            ),
            sourceLabels: map(str()),
            sourceNamespace: str(),
            uri: obj(
              {
                exact: str(),
                prefix: str(),
                regex: str(),
              },
              { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
            ),
            withoutHeaders: map(
              obj(
                {
                  exact: str(),
                  prefix: str(),
                  regex: str(),
                },
                { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
              ),
            ),
          }),
        ),
        retries: obj({
          attempts: int(),
          perTryTimeout: str(),
          retryOn: str(),
        }),
        rewrite: obj({
          uri: str(),
          authority: str(),
          type: str(),
        }),
        mirror: list(
          obj({
            backendRef: obj(
              {
                group: str({ pattern: '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' }),
                kind: str({ default: 'Service', pattern: '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$' }),
                name: str(),
                namespace: str({ pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' }),
                port: int({ minimum: 1, maximum: 65535 }),
              },
              { required: ['name'] },
            ),
          }),
          { required: ['backendRef'] },
        ),
        headers: obj({
          request: obj({
            add: map(str()),
            remove: list(str()),
            set: map(str()),
          }),
          response: obj({
            add: map(str()),
            remove: list(str()),
            set: map(str()),
          }),
        }),
        gateways: list(str()),
        gatewayRefs: list(
          obj(
            {
              group: str({
                default: 'gateway.networking.k8s.io',
                pattern: '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
              }),
              kind: str({ default: 'Gateway', pattern: '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$' }),
              name: str(),
              namespace: str({ pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' }),
              sectionName: str({ pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$' }),
              port: int({ minimum: 1, maximum: 65535 }),
            },
            { required: ['name'] },
          ),
        ),
        corsPolicy: obj({
          allowCredentials: bool(),
          allowHeaders: list(str()),
          allowMethods: list(str()),
          allowOrigin: list(str()),
          allowOrigins: list(
            obj(
              {
                exact: str(),
                prefix: str(),
                regex: str(),
              },
              { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
            ),
          ),
          exposeHeaders: list(str()),
          maxAge: str(),
        }),
        trafficPolicy: obj({
          connectionPool: obj({
            http: obj({
              h2UpgradePolicy: str({ enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'] }),
              http1MaxPendingRequests: int(),
              http2MaxRequests: int(),
              idleTimeout: str(),
              maxRequestsPerConnection: int(),
              maxRetries: int(),
            }),
          }),
          loadBalancer: obj(
            {
              consistentHash: obj({
                httpCookie: obj({
                  name: str(),
                  path: str(),
                  ttl: str(),
                }),
                httpHeaderName: str(),
                httpQueryParameterName: str(),
                minimumRingSize: int(),
                useSourceIp: bool(),
              }),
              localityLbSetting: obj({
                distribute: list(
                  obj({
                    from: str(),
                    to: map(int()),
                  }),
                ),
                enabled: bool(),
                failover: list(
                  obj({
                    from: str(),
                    to: str(),
                  }),
                ),
              }),
              simple: str({ enum: ['ROUND_ROBIN', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'LEAST_REQUEST'] }),
              warmupDurationSecs: str(),
            },
            { oneOfRequired: [['simple'], ['consistentHash']] },
          ),
          outlierDetection: obj({
            baseEjectionTime: str(),
            consecutive5xxErrors: int(),
            consecutiveErrors: int(),
            consecutiveGatewayErrors: int(),
            consecutiveLocalOriginFailures: int(),
            interval: str(),
            maxEjectionPercent: int(),
            minHealthPercent: int(),
            splitExternalLocalOriginErrors: bool(),
          }),
          tls: obj({
            caCertificates: str(),
            clientCertificate: str(),
            mode: str({ enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'] }),
            privateKey: str(),
            sni: str(),
            subjectAltNames: list(str()),
          }),
        }),
        apex: obj({
          labels: map(str()),
          annotations: map(str()),
        }),
        primary: obj({
          labels: map(str()),
          annotations: map(str()),
        }),
        canary: obj({
          labels: map(str()),
          annotations: map(str()),
        }),
        unmanagedMetadata: obj({
          annotations: list(str()),
          labels: list(str()),
        }),
      },
      { required: ['port'] },
    ),
    skipAnalysis: bool(),
    revertOnDeletion: bool(),
    suspend: bool(),
    analysis: obj(
      {
        interval: str({ pattern: '^[0-9]+(m|s)', format: 'duration' }),
        iterations: int(),
        threshold: int(),
        maxWeight: int(),
        stepWeight: int(),
        stepWeights: list(int()),
        stepWeightPromotion: int(),
        mirror: bool(),
        mirrorWeight: int(),
        primaryReadyThreshold: int(),
        canaryReadyThreshold: int(),
        match: list(
          obj({
            headers: map(
              obj(
                {
                  exact: str(),
                  prefix: str(),
                  suffix: str(),
                  regex: str(),
                },
                { oneOfRequired: [['exact'], ['prefix'], ['suffix'], ['regex']] },
              ),
            ),
            queryParams: map(
              obj(
                {
                  exact: str(),
                  prefix: str(),
                  regex: str(),
                },
                { oneOfRequired: [['exact'], ['prefix'], ['regex']] },
              ),
            ),
            sourceLabels: map(str()),
          }),
        ),
        metrics: list(
          obj(
            {
              name: str(),
              interval: str({ pattern: '^[0-9]+(m|s)', format: 'duration' }),
              threshold: num(),
              thresholdRange: obj({
                min: num(),
                max: num(),
              }),
              query: str(),
              templateRef: obj(
                {
                  name: str(),
                  namespace: str(),
                },
                { required: ['name'] },
              ),
              templateVariables: map(str()),
            },
            { required: ['name'] },
          ),
        ),
        alerts: list(
          obj(
            {
              name: str(),
              severity: str({ enum: ['', 'info', 'warn', 'error'] }),
              providerRef: obj(
                {
                  name: str(),
                  namespace: str(),
                },
                { required: ['name'] },
              ),
            },
            { required: ['providerRef', 'name'] },
          ),
        ),
        webhooks: list(
          obj(
            {
              name: str(),
              type: str({
                enum: [
                  '',
                  'confirm-rollout',
                  'pre-rollout',
                  'rollout',
                  'confirm-promotion',
                  'post-rollout',
                  'event',
                  'rollback',
                  'confirm-traffic-increase',
                ],
              }),
              muteAlert: bool(),
              url: str({ format: 'url' }),
              timeout: str({ pattern: '^[0-9]+(m|s)', format: 'duration' }),
              retries: int(),
              disableTLS: bool(),
              metadata: map(str()),
            },
            { required: ['name', 'url'] },
          ),
        ),
        sessionAffinity: obj(
          {
            cookieName: str(),
            primaryCookieName: str(),
            domain: str(),
            httpOnly: bool(),
            maxAge: int({ default: 86400 }),
            partitioned: bool(),
            path: str(),
            sameSite: str({ enum: ['Strict', 'Lax', 'None'] }),
            secure: bool(),
          },
          { required: ['cookieName'] },
        ),
      },
      {
        oneOfRequired: [
          ['interval', 'threshold', 'iterations'],
          ['interval', 'threshold', 'stepWeight'],
          ['interval', 'threshold', 'stepWeights'],
        ],
      },
    ),
  },
  { required: ['targetRef', 'analysis'] },
)

export const canaryNode = obj({
  apiVersion: str({ enum: ['flagger.app/v1beta1'] }),
  kind: str({ enum: ['Canary'] }),
  metadata: obj(
    {
      name: str({ format: 'k8s-name' }),
      namespace: str({ format: 'k8s-name' }),
      labels: map(str()),
      annotations: map(str()),
    },
    { open: true },
  ),
  spec: canarySpecNode,
})

/** The typed, lenient view of a Canary document: every key optional, wrong-typed values dropped by the reader. */
export type Canary = Infer<typeof canaryNode>
export type CanarySpec = NonNullable<Canary['spec']>
export type CanaryAnalysis = NonNullable<CanarySpec['analysis']>
export type CanaryService = NonNullable<CanarySpec['service']>
export type CanaryMetric = NonNullable<CanaryAnalysis['metrics']>[number]
export type CanaryWebhook = NonNullable<CanaryAnalysis['webhooks']>[number]
export type CanaryMatch = NonNullable<CanaryAnalysis['match']>[number]
export type ServiceMatch = NonNullable<CanaryService['match']>[number]
export type SessionAffinity = NonNullable<CanaryAnalysis['sessionAffinity']>
export type WebhookType = NonNullable<CanaryWebhook['type']>
