import { builtInMetrics, canaryHead, loadTestWebhook, smokeTestWebhook } from './template-parts.ts'

/** A/B testing: chosen users (by header or cookie) see the new version for the whole analysis. */
export const abTestingTemplate = `${canaryHead(`# A/B testing: requests that match a header or a cookie go to the new version for the whole
# analysis; everyone else stays on the current one. Suits changes that need a consistent user view.`)}  analysis:
    # One tick per minute: run the hooks and check the metrics of the matched traffic.
    interval: 1m
    # Roll back after this many failed checks (a tick adds at most one).
    threshold: 5
    # Run this many successful ticks, then promote. Iterations together with match is what makes
    # this A/B testing; stepWeight and maxWeight play no part.
    iterations: 10
    # A request goes to the canary when it matches any one entry; the conditions inside one entry
    # must all hold. Unmatched requests keep going to the primary.
    match:
      # Testers opt in with a header ...
      - headers:
          x-canary:
            exact: insider
      # ... or users who carry the cookie canary=always. Browsers send "a=b; canary=always", so
      # the regex allows spaces after the ';' (the (.*?;)? of Flagger's docs misses that).
      - headers:
          cookie:
            regex: '^(.*?;\\s*)?(canary=always)(;.*)?$'
${builtInMetrics}    webhooks:
${smokeTestWebhook}${loadTestWebhook('http://checkout.shop/', "-H 'x-canary: insider' ")}`
