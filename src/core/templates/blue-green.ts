import {
  builtInMetrics,
  canaryHead,
  loadTestWebhook,
  promotionGateWebhook,
  smokeTestWebhook,
} from './template-parts.ts'

/** Blue/green: the new version is tested with no user traffic, then takes all of it at once. */
export const blueGreenTemplate = `${canaryHead(`# Blue/green: the new version runs next to the current one and is tested without user traffic;
# when the checks pass (and the gate approves) all traffic switches to it at once.`)}  analysis:
    # One tick per minute: run the hooks and check the metrics.
    interval: 1m
    # Roll back after this many failed checks (a tick adds at most one).
    threshold: 2
    # Run this many successful ticks with all users on the primary. Only the load test reaches the
    # canary, so the metrics measure that traffic. Then Flagger sends 100% to the canary for one more
    # checked tick and promotes.
    iterations: 10
${builtInMetrics}    webhooks:
${smokeTestWebhook}${loadTestWebhook()}${promotionGateWebhook}`
