import { builtInMetrics, canaryHead, loadTestWebhook, smokeTestWebhook } from './template-parts.ts'

/** Blue/green with mirroring: the new version receives a copy of live traffic before it takes over. */
export const blueGreenMirroringTemplate = `${canaryHead(`# Blue/green with traffic mirroring: while users are served by the current version, Istio sends a
# copy of their requests to the new one and discards its answers, so the metrics measure real traffic.
# Mirror only requests that are safe to run twice (reads, idempotent writes).`)}  analysis:
    # One tick per minute: run the hooks and check the metrics of the mirrored traffic.
    interval: 1m
    # Roll back after this many failed checks (a tick adds at most one).
    threshold: 2
    # Run this many successful ticks while mirroring; then all traffic switches to the canary for one
    # more checked tick, and Flagger promotes.
    iterations: 10
    # Copy live requests to the canary. With iterations it lasts for all of them; in a progressive
    # canary (stepWeight) it would be a single extra tick before the first step.
    mirror: true
    # Percentage of requests copied. Without it Istio mirrors every request.
    mirrorWeight: 100
${builtInMetrics}    webhooks:
${smokeTestWebhook}${loadTestWebhook()}`
