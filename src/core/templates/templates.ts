import type { Strategy } from '../model/effective.ts'
import { abTestingTemplate } from './ab-testing.ts'
import { blueGreenMirroringTemplate } from './blue-green-mirroring.ts'
import { blueGreenTemplate } from './blue-green.ts'
import { progressiveCanaryTemplate } from './progressive-canary.ts'
import { sessionAffinityTemplate } from './session-affinity.ts'
import { stepWeightsTemplate } from './step-weights.ts'

/** A starting point offered by "New": a complete, commented Canary for one way of rolling out. */
export interface CanaryTemplate {
  readonly id: string
  readonly title: string
  /** One sentence on when to choose it. */
  readonly description: string
  /** The strategy Flagger derives from it (Canary.DeploymentStrategy). */
  readonly strategy: Strategy
  readonly text: string
}

/** Every template, one per rollout style, in the order "New" offers them. */
export const templates: readonly CanaryTemplate[] = [
  {
    id: 'progressive-canary',
    title: 'Progressive canary',
    description:
      'Moves live traffic to the new version in equal steps (stepWeight up to maxWeight), checking metrics at each step.',
    strategy: 'canary',
    text: progressiveCanaryTemplate,
  },
  {
    id: 'step-weights',
    title: 'Canary with a list of weights',
    description:
      'Follows your own list of weights (stepWeights): tiny first steps, bigger ones once the new version has proved itself.',
    strategy: 'canary',
    text: stepWeightsTemplate,
  },
  {
    id: 'ab-testing',
    title: 'A/B testing by header and cookie',
    description:
      'Sends only requests with a chosen header or cookie to the new version, for a fixed number of iterations.',
    strategy: 'ab-testing',
    text: abTestingTemplate,
  },
  {
    id: 'blue-green',
    title: 'Blue/green',
    description:
      'Tests the new version without user traffic, then switches all traffic at once after a manual approval.',
    strategy: 'blue-green',
    text: blueGreenTemplate,
  },
  {
    id: 'blue-green-mirroring',
    title: 'Blue/green with traffic mirroring',
    description:
      'Copies live requests to the new version (answers discarded) so it is tested with real traffic before the switch.',
    strategy: 'blue-green',
    text: blueGreenMirroringTemplate,
  },
  {
    id: 'session-affinity',
    title: 'Canary with session affinity',
    description: 'A progressive canary where a cookie keeps each user on the version they first reached.',
    strategy: 'canary',
    text: sessionAffinityTemplate,
  },
]

/** The template with this id, or undefined. */
export function findTemplate(id: string): CanaryTemplate | undefined {
  return templates.find((t) => t.id === id)
}
