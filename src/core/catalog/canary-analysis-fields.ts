import { abTestingProviders, istioAndGatewayApi, weightProviders } from './provider-groups.ts'
import { bool, int, list, map, obj, str } from './dsl.ts'
import { alertsListNode, metricsListNode, webhooksListNode } from './canary-analysis-check-fields.ts'

// spec.analysis: the schedule (flagger-semantics.md §a), A/B conditions (§b.3) and session affinity (§b.4).
// Structure, enums, patterns, required keys and the oneOf mirror the Canary CRD; defaults follow §a.2.

const headerMatchNode = obj(
  {
    exact: str({ doc: 'The header equals this string.' }),
    prefix: str({ doc: 'The header starts with this string.' }),
    suffix: str({ doc: 'The header ends with this string.' }),
    regex: str({ doc: 'The header fully matches this RE2 regular expression, e.g. `^(.*?;\\s*)?(canary=always)(;.*)?$` (browsers send `a=b; canary=always`, with a space).' }),
  },
  {
    oneOfRequired: [['exact'], ['prefix'], ['suffix'], ['regex']],
    doc: 'Set exactly one of exact, prefix, suffix, regex.',
  },
)

const queryMatchNode = obj(
  {
    exact: str({ doc: 'The parameter equals this string.' }),
    prefix: str({ doc: 'The parameter starts with this string.' }),
    regex: str({ doc: 'The parameter fully matches this RE2 regular expression.' }),
  },
  { oneOfRequired: [['exact'], ['prefix'], ['regex']], oneOfAllowsNone: true, doc: 'Set one of exact, prefix, regex.' },
)

/** analysis.match[]: one A/B condition; its fields must all hold. */
export const analysisMatchNode = obj(
  {
    headers: map(headerMatchNode, {
      doc: "Header name → match, e.g. `x-canary: {exact: insider}` or `cookie: {regex: '^(.*?;\\s*)?(canary=always)(;.*)?$'}`.",
    }),
    queryParams: map(queryMatchNode, { advanced: true, doc: 'Query parameter name → match.' }),
    sourceLabels: map(str(), {
      advanced: true,
      doc: 'Only calls from pods with these labels match; works only when `mesh` is among the gateways.',
    }),
  },
  { doc: "One A/B condition (its fields must all hold); the list's conditions are alternatives." },
)

const sessionAffinityNode = obj(
  {
    cookieName: str({
      label: 'Cookie name',
      example: 'flagger-cookie',
      doc:
        'Name of the cookie that pins a user to the canary. Responses from the canary set `<cookieName>=<random>`; ' +
        'later requests carrying it go to the canary whatever the weights. After promotion or rollback Flagger ' +
        'expires it.',
    }),
    primaryCookieName: str({
      label: 'Primary cookie name',
      providers: ['istio', 'gatewayapi:v1'],
      advanced: true,
      doc:
        'Optional cookie that pins users who got the primary to the primary, so they do not hop to the canary as ' +
        'weights grow. Its Max-Age is `analysis.interval` (which must then be a Go duration). Must differ from ' +
        '`cookieName`.',
    }),
    domain: str({ advanced: true, doc: 'Cookie `Domain` attribute.' }),
    httpOnly: bool({ advanced: true, doc: 'Cookie `HttpOnly` attribute (not readable by scripts).' }),
    maxAge: int({
      default: 86400,
      unit: 'seconds',
      rangeHint: { min: 1 },
      label: 'Max age',
      doc: 'How long, in seconds, the canary cookie lives in the browser. 0 or unset = 86400 (one day).',
    }),
    partitioned: bool({ advanced: true, doc: 'Cookie `Partitioned` attribute (CHIPS).' }),
    path: str({ advanced: true, doc: 'Cookie `Path` attribute.' }),
    sameSite: str({ enum: ['Strict', 'Lax', 'None'], advanced: true, doc: 'Cookie `SameSite` attribute.' }),
    secure: bool({ advanced: true, doc: 'Cookie `Secure` attribute (sent over https only).' }),
  },
  {
    required: ['cookieName'],
    label: 'Session affinity',
    providers: [...istioAndGatewayApi],
    doc:
      'Canary strategy with sticky sessions: a user once routed to the canary keeps getting it (by cookie) while ' +
      "the weights grow. It changes the VirtualService's routes, not the schedule. Pointless with blue/green " +
      '(traffic switches all at once), and `analysis.match` routes replace it entirely.',
  },
)

const scheduleFields = {
  interval: str({
    pattern: '^[0-9]+(m|s)',
    format: 'duration',
    label: 'Interval',
    default: '1m',
    example: '1m',
    doc:
      'Time between two analysis ticks. Each tick runs the hooks and checks every metric once, then moves traffic ' +
      'one step, so a run takes roughly (steps + 3) × interval. A value Go cannot parse counts as 60s; under 10s ' +
      'counts as 10s. The CRD accepts only values starting `<digits>m` or `<digits>s` (`1h` fails: write `60m`).',
  }),
  iterations: int({
    unit: 'count',
    rangeHint: { min: 1 },
    label: 'Iterations',
    example: 10,
    doc:
      'Number of analysis ticks for blue/green (or A/B testing when `match` is set): traffic does not shift ' +
      'gradually, the canary is checked `iterations` times and then promoted. Excludes `stepWeight`/`stepWeights`.',
  }),
  threshold: int({
    unit: 'count',
    rangeHint: { min: 1 },
    label: 'Threshold',
    default: 1,
    example: 5,
    doc:
      'Failed checks tolerated before rollback: when this many ticks have failed (a failing pre-rollout or rollout ' +
      'hook or metric; at most one per tick), the next tick rolls back. Successes do not reset the count. ' +
      '0 or unset counts as 1.',
  }),
  maxWeight: int({
    unit: 'percent',
    rangeHint: { min: 1, max: 100 },
    label: 'Max weight',
    default: 100,
    providers: weightProviders,
    example: 50,
    doc:
      'Canary weight at which stepping stops: the first tick that starts at or above it promotes (after one more ' +
      'analysis there). Weights are not capped at it: `stepWeight: 20`, `maxWeight: 50` goes 20, 40, 60. Ignored ' +
      'when `stepWeights` is set.',
  }),
  stepWeight: int({
    unit: 'percent',
    rangeHint: { min: 1, max: 100 },
    label: 'Step weight',
    providers: weightProviders,
    example: 10,
    doc:
      'Percentage moved from primary to canary after each successful tick (canary strategy). Excludes ' +
      '`iterations` and `stepWeights`. 0 never advances.',
  }),
  stepWeights: list(int({ unit: 'percent', rangeHint: { min: 1, max: 100 } }), {
    label: 'Step weights',
    providers: weightProviders,
    example: [1, 5, 10, 20, 50],
    doc:
      'Explicit canary weights visited in order, strictly increasing; the last entry (at most 100) is the max ' +
      'weight and `maxWeight` is ignored. Excludes `iterations` and `stepWeight`.',
  }),
  stepWeightPromotion: int({
    unit: 'percent',
    rangeHint: { min: 0, max: 100 },
    label: 'Promotion step',
    default: 0,
    providers: weightProviders,
    advanced: true,
    doc:
      'After promotion, move traffic back to the new primary this many percent per tick. 0 or unset moves it all ' +
      'in one tick.',
  }),
}

const mirrorFields = {
  mirror: bool({
    label: 'Mirror',
    default: false,
    providers: [...istioAndGatewayApi],
    doc:
      'Copy live requests to the canary and discard its responses (shadow traffic). Blue/green: during all ' +
      'iterations. Canary strategy: for one extra tick at weight 0 before the first step. Not used by A/B. ' +
      'Only for idempotent requests.',
  }),
  mirrorWeight: int({
    unit: 'percent',
    rangeHint: { min: 1, max: 100 },
    label: 'Mirror weight',
    providers: ['istio'],
    advanced: true,
    doc: 'Istio only: percentage of requests copied (`mirrorPercentage`). 0 or unset: Istio mirrors 100%.',
  }),
  primaryReadyThreshold: int({
    unit: 'percent',
    rangeHint: { min: 0, max: 100 },
    label: 'Primary ready %',
    default: 100,
    advanced: true,
    doc: "Share of the primary's updated replicas that must be available for Flagger to treat it as ready.",
  }),
  canaryReadyThreshold: int({
    unit: 'percent',
    rangeHint: { min: 0, max: 100 },
    label: 'Canary ready %',
    default: 100,
    advanced: true,
    doc: "Share of the canary's updated replicas that must be available before each tick's analysis runs.",
  }),
}

/** spec.analysis: how the rollout is scheduled, checked and routed. */
export const analysisNode = obj(
  {
    ...scheduleFields,
    ...mirrorFields,
    match: list(analysisMatchNode, {
      label: 'A/B match',
      providers: [...abTestingProviders],
      example: [{ headers: { 'x-canary': { exact: 'insider' } } }],
      doc:
        'Request conditions for A/B testing. With `iterations`, matching requests go 100% to the canary during the ' +
        'analysis and everything else stays on the primary. With `stepWeight(s)` instead, the weights apply to ' +
        'matching requests only. These routes replace `mirror` and `sessionAffinity`.',
    }),
    metrics: metricsListNode,
    alerts: alertsListNode,
    webhooks: webhooksListNode,
    sessionAffinity: sessionAffinityNode,
  },
  {
    oneOfRequired: [
      ['interval', 'threshold', 'iterations'],
      ['interval', 'threshold', 'stepWeight'],
      ['interval', 'threshold', 'stepWeights'],
    ],
    label: 'Analysis',
    doc:
      'The rollout plan. `interval` and `threshold` are required, plus exactly one of `stepWeight`, `stepWeights` ' +
      '(canary: gradual weights) or `iterations` (blue/green, or A/B testing with `match`).',
  },
)
