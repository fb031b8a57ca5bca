import type { Canary } from '../catalog/canary-fields.ts'
import { deploymentStrategy, effectiveProvider, type Strategy } from '../model/effective.ts'

/** Flagger's five deployment strategies (docs/gitbook/usage/deployment-strategies.md), as the picker offers them. */
export type StrategyId = 'canary' | 'canary-session-affinity' | 'ab-testing' | 'blue-green' | 'blue-green-mirroring'

/** One choice of the strategy picker, with what the simulated timeline reports for it. */
export interface StrategyChoice {
  readonly id: StrategyId
  readonly title: string
  /** One line on what it does to traffic. */
  readonly summary: string
  /** Timeline.strategy, Timeline.mirror and Timeline.sessionAffinity of a Canary using it. */
  readonly timeline: { readonly strategy: Strategy; readonly mirror: boolean; readonly sessionAffinity: boolean }
}

/** The five choices, in the order Flagger's docs list them. */
export const strategyChoices: readonly StrategyChoice[] = [
  {
    id: 'canary',
    title: 'Canary (progressive)',
    summary: 'Live traffic moves to the new version step by step (stepWeight up to maxWeight).',
    timeline: { strategy: 'canary', mirror: false, sessionAffinity: false },
  },
  {
    id: 'canary-session-affinity',
    title: 'Canary with session affinity',
    summary: 'A progressive canary where a cookie keeps each user on the version they reached.',
    timeline: { strategy: 'canary', mirror: false, sessionAffinity: true },
  },
  {
    id: 'ab-testing',
    title: 'A/B testing',
    summary: 'Requests matching a header or cookie go to the new version for a number of iterations.',
    timeline: { strategy: 'ab-testing', mirror: false, sessionAffinity: false },
  },
  {
    id: 'blue-green',
    title: 'Blue/green',
    summary: 'The new version is checked for a number of iterations without users, then takes all traffic.',
    timeline: { strategy: 'blue-green', mirror: false, sessionAffinity: false },
  },
  {
    id: 'blue-green-mirroring',
    title: 'Blue/green with mirroring',
    summary: 'Like blue/green, but the new version gets a copy of live requests during the iterations.',
    timeline: { strategy: 'blue-green', mirror: true, sessionAffinity: false },
  },
]

/** The choice with this id, or undefined for any other string. */
export function findStrategyChoice(id: string): StrategyChoice | undefined {
  return strategyChoices.find((c) => c.id === id)
}

/**
 * Which of the five strategies Flagger runs for this Canary: Canary.DeploymentStrategy (ab-testing for match +
 * iterations, blue-green for iterations), refined by analysis.mirror for blue/green and by sessionAffinity for
 * the canary strategy, as the simulated timeline reports them.
 */
export function detectStrategy(canary: Canary): StrategyId {
  const analysis = canary.spec?.analysis
  const strategy = deploymentStrategy(canary)
  if (strategy === 'ab-testing') return 'ab-testing'
  // Flagger scheduler.go runBlueGreen: mirroring needs analysis.mirror and a provider other than kubernetes.
  if (strategy === 'blue-green')
    return analysis?.mirror === true && effectiveProvider(canary) !== 'kubernetes'
      ? 'blue-green-mirroring'
      : 'blue-green'
  // Flagger istio.go SetRoutes: analysis.match replaces the session-affinity cookie routes.
  const hasMatch = (analysis?.match?.length ?? 0) > 0
  return analysis?.sessionAffinity !== undefined && !hasMatch ? 'canary-session-affinity' : 'canary'
}
