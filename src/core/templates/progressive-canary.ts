import { builtInMetrics, canaryHead, loadTestWebhook, smokeTestWebhook } from './template-parts.ts'

/** A canary that moves live traffic to the new version in equal steps, checking metrics at each step. */
export const progressiveCanaryTemplate = `${canaryHead(`# Progressive canary: Flagger moves live traffic to the new version in equal steps,
# checks the metrics at every step, and promotes it once the canary has held the maximum weight.`)}  analysis:
    # One tick per minute: run the hooks and check the metrics, then move the weight one step.
    interval: 1m
    # Roll back after this many failed checks (a tick adds at most one). With a 1m interval the
    # canary survives about five minutes of failures.
    threshold: 5
    # Add this much canary weight per successful tick: 10, 20, 30, 40, 50 ...
    stepWeight: 10
    # ... until the canary weight reaches this. The next successful tick promotes. Flagger does not
    # cap the last step: with stepWeight 20 and maxWeight 50 the weights would be 20, 40, 60.
    maxWeight: 50
${builtInMetrics}    webhooks:
${smokeTestWebhook}${loadTestWebhook()}`
