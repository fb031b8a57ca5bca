import { builtInMetrics, canaryHead, loadTestWebhook, smokeTestWebhook } from './template-parts.ts'

/** A canary that follows a list of weights: small first steps, bigger ones once it has proved itself. */
export const stepWeightsTemplate = `${canaryHead(`# Canary with a list of weights: Flagger visits each weight in order, one per successful tick,
# so the first steps expose few users and later steps move faster.`)}  analysis:
    # One tick per minute: run the hooks and check the metrics, then move to the next weight.
    interval: 1m
    # Roll back after this many failed checks (a tick adds at most one).
    threshold: 5
    # The canary weight at each successful tick. The last entry is the maximum weight (maxWeight is
    # ignored when this list is set); the tick after reaching it promotes. Keep the list increasing:
    # a step that does not grow halts the rollout at that weight.
    stepWeights: [1, 5, 10, 25, 50]
    # After promotion, move traffic back to the (now updated) primary 25 points per tick instead of
    # all at once.
    stepWeightPromotion: 25
${builtInMetrics}    webhooks:
${smokeTestWebhook}${loadTestWebhook()}`
