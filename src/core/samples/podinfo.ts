/**
 * The document Canary Studio opens with: the podinfo Canary of Flagger's Istio tutorial, commented in our own
 * words so a first-time reader learns what each part does.
 */
export const podinfoCanaryYaml = `# A Flagger Canary: Flagger watches the Deployment below and, on every change to its pod spec,
# shifts live traffic to the new version step by step while it checks metrics.
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo
  namespace: test
spec:
  # The workload under rollout. Flagger copies it to podinfo-primary, which serves stable traffic.
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: podinfo
  # Optional: Flagger clones this HPA for the primary workload.
  autoscalerRef:
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    name: podinfo
  # A rollout that makes no progress for this many seconds is rolled back.
  progressDeadlineSeconds: 600
  service:
    # Expose the app through this Istio gateway (leave out to serve mesh traffic only).
    gateways:
      - istio-system/public-gateway
    # Host names the generated VirtualService answers for.
    hosts:
      - app.example.com
    # Port of the apex, primary and canary Services Flagger creates.
    port: 9898
    # Container port the Services forward to.
    targetPort: 9898
    # Istio traffic policy copied into the generated DestinationRules.
    trafficPolicy:
      tls:
        # DISABLE when the mesh does not use mutual TLS.
        mode: DISABLE
    # Retries the VirtualService route applies.
    retries:
      attempts: 3
      perTryTimeout: 1s
      retryOn: "gateway-error,connect-failure,refused-stream"
  analysis:
    # One analysis step runs every interval.
    interval: 1m
    # Roll back after this many failed checks.
    threshold: 3
    # Stop shifting traffic at this canary weight (percent), then promote.
    maxWeight: 50
    # Add this much canary weight (percent) after each passing step.
    stepWeight: 10
    metrics:
      # Built-in Istio metric: share of requests that are not 5xx, in percent.
      - name: request-success-rate
        interval: 1m
        thresholdRange:
          min: 99
      # Built-in Istio metric: P99 request duration, in milliseconds.
      - name: request-duration
        interval: 30s
        thresholdRange:
          max: 500
    webhooks:
      # Runs once before any traffic moves; a failure stops the rollout.
      - name: acceptance-test
        type: pre-rollout
        url: http://flagger-loadtester.test/
        timeout: 30s
        metadata:
          type: bash
          cmd: "curl -sd 'test' http://podinfo-canary:9898/token | grep token"
      # Runs at every step to generate traffic for the metrics above.
      - name: load-test
        type: rollout
        url: http://flagger-loadtester.test/
        timeout: 5s
        metadata:
          cmd: "hey -z 1m -q 10 -c 2 http://podinfo-canary.test:9898/"
`
