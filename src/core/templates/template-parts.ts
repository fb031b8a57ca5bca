// Building blocks shared by the templates, so every template explains the common fields the same way.
// All templates describe one app, `checkout` in namespace `shop`, behind an Istio ingress gateway.

/** The opening of every template: what it is, the target Deployment, the deadline, and the Services Flagger creates. */
export function canaryHead(purpose: string): string {
  return `${purpose}
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: checkout
  namespace: shop
spec:
  # The mesh Flagger drives. When left out, Flagger uses its -mesh-provider flag (istio by default).
  provider: istio
  # Your Deployment. Flagger treats it as the canary: a change to its pod template starts a rollout.
  # Flagger copies the template into checkout-primary, which serves users between rollouts, and keeps
  # this Deployment scaled to zero until the next change.
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: checkout
  # How long a Deployment may stay unready (pods not available) before Flagger rolls back.
  # It does not limit how long the analysis takes.
  progressDeadlineSeconds: 600
  service:
    # Flagger creates three ClusterIP Services on this port: checkout (the apex that clients call),
    # checkout-primary and checkout-canary, plus a VirtualService named checkout that splits traffic.
    port: 80
    # The container port the three Services forward to.
    targetPort: 8080
    # The VirtualService is bound to these gateways. "mesh" means the sidecars of every pod in the mesh:
    # keep it so that in-mesh callers of checkout follow the same routing as traffic from the ingress.
    gateways:
      - istio-system/public-gateway
      - mesh
    # Host names the VirtualService answers for; Flagger adds "checkout" itself.
    hosts:
      - checkout.example.com
    # Copied onto the generated HTTP routes: give up on a request after 15s, retry failed connections.
    timeout: 15s
    retries:
      attempts: 3
      perTryTimeout: 5s
      retryOn: gateway-error,connect-failure,refused-stream
`
}

/** The built-in Istio metrics every template checks on each tick. */
export const builtInMetrics = `    # Checked once per analysis interval. A metric's own interval is the window its query looks back
    # over (the PromQL range), not how often it runs.
    metrics:
      - name: request-success-rate
        # Share of canary requests that did not answer 5xx, in percent: at least 99.
        thresholdRange:
          min: 99
        interval: 1m
      - name: request-duration
        # 99th percentile of canary response time, in milliseconds: at most 500.
        thresholdRange:
          max: 500
        interval: 1m
`

/** A rollout webhook that drives load through Flagger's load tester, at the canary Service unless told otherwise. */
export function loadTestWebhook(target = 'http://checkout-canary.shop/', heyOptions = ''): string {
  return `      # Rollout hooks run on every tick, before the metrics are read. This one asks Flagger's load tester
      # to send traffic, so the metrics have requests to measure even when users are few.
      - name: load-test
        type: rollout
        url: http://flagger-loadtester.test/
        timeout: 5s
        metadata:
          type: cmd
          cmd: "hey -z 1m -q 10 -c 2 ${heyOptions}${target}"
`
}

/** A pre-rollout webhook that smoke-tests the canary before any user traffic reaches it. */
export const smokeTestWebhook = `      # Pre-rollout hooks run before traffic moves; while one fails, it counts towards the threshold
      # and no user traffic reaches the canary.
      - name: smoke-test
        type: pre-rollout
        url: http://flagger-loadtester.test/
        timeout: 30s
        metadata:
          type: bash
          cmd: "curl -sf http://checkout-canary.shop/healthz"
`

/** A confirm-promotion gate: Flagger asks before promoting and waits while the answer is no. */
export const promotionGateWebhook = `      # Confirm-promotion hooks are asked before promotion. Until the gate answers 200-202, Flagger holds
      # the rollout (phase WaitingPromotion) and asks again on later ticks, still checking the metrics.
      # The load tester's gate stays closed until someone opens it (POST /gate/open).
      - name: approve-promotion
        type: confirm-promotion
        url: http://flagger-loadtester.test/gate/check
`
