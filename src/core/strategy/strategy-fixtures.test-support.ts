import { findTemplate } from '../templates/templates.ts'
import type { StrategyId } from './strategy-choices.ts'

// Start states for strategy-switch tests: the five templates, and a hand-commented Canary (comments above and
// after keys, a blank line, quoted values) written once per strategy.

/** The template that starts from each strategy. */
export const templateFor: Record<StrategyId, string> = {
  canary: findTemplate('progressive-canary')!.text,
  'canary-session-affinity': findTemplate('session-affinity')!.text,
  'ab-testing': findTemplate('ab-testing')!.text,
  'blue-green': findTemplate('blue-green')!.text,
  'blue-green-mirroring': findTemplate('blue-green-mirroring')!.text,
}

const strategyLines: Record<StrategyId, string> = {
  canary: `    # grow by ten percent per tick
    stepWeight: 10 # percent
    maxWeight: 50
`,
  'canary-session-affinity': `    stepWeight: 20
    # stop stepping at half the traffic
    maxWeight: 40
    # keep users where they landed
    sessionAffinity:
      cookieName: podinfo-sticky # the canary's cookie
      maxAge: 3600
`,
  'ab-testing': `    # ten ticks of matched traffic
    iterations: 10
    match:
      # opt-in header
      - headers:
          x-user-type:
            exact: "beta"
`,
  'blue-green': `    iterations: 5 # ticks before the switch
`,
  'blue-green-mirroring': `    # mirror during five ticks
    iterations: 5
    mirror: true
    mirrorWeight: 50 # copy half
`,
}

/** A Canary with comments everywhere, quoted values and a blank line, whose analysis runs `strategy`. */
export function commentedCanary(strategy: StrategyId): string {
  return `# podinfo canary, owned by the web team
apiVersion: flagger.app/v1beta1
kind: Canary
metadata:
  name: podinfo # the app
  namespace: test
  annotations:
    team/note: 'keep me' # free text
spec:
  provider: istio
  targetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: podinfo
  service:
    port: 9898 # container port
    gateways:
      - mesh

  analysis:
    # every minute
    interval: 1m
    threshold: 3 # failed checks
${strategyLines[strategy]}    metrics:
      # success rate in percent
      - name: request-success-rate
        thresholdRange:
          min: 99
        interval: 1m
    webhooks:
      - name: load-test # drives traffic
        type: rollout
        url: http://flagger-loadtester.test/
        metadata:
          cmd: "hey -z 1m -q 10 -c 2 http://podinfo-canary.test:9898/"
# end of the Canary
`
}
