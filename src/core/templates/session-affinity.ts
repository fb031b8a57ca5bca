import { builtInMetrics, canaryHead, loadTestWebhook, smokeTestWebhook } from './template-parts.ts'

/** A progressive canary whose users stay on the version they first reached, by cookie. */
export const sessionAffinityTemplate = `${canaryHead(`# Canary with session affinity: weights grow as in a progressive canary, but a user who once reached
# the new version gets a cookie and keeps reaching it, so no one flips between versions mid-session.`)}  analysis:
    # One tick per minute: run the hooks and check the metrics, then move the weight one step.
    interval: 1m
    # Roll back after this many failed checks (a tick adds at most one).
    threshold: 5
    # The weight applies to requests without the cookie: 10, 20, 30, then promotion.
    stepWeight: 10
    maxWeight: 30
    sessionAffinity:
      # Responses from the canary set this cookie; requests that carry it go to the canary.
      cookieName: checkout-canary
      # Optional: responses from the primary set this one, so those users stay on the primary. It must
      # differ from cookieName; it lives for one analysis interval.
      primaryCookieName: checkout-primary
      # Lifetime of the canary cookie in seconds (Flagger's default is one day).
      maxAge: 21600
${builtInMetrics}    webhooks:
${smokeTestWebhook}${loadTestWebhook()}`
