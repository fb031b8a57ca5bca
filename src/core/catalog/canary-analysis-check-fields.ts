import { bool, int, list, map, num, obj, str } from './dsl.ts'

// The checks of an analysis tick: metrics (flagger-semantics.md §d), webhooks (§a.5) and alerts. Structure,
// enums, patterns and required keys mirror the Canary CRD; defaults follow §a.2.

const crdDurationPattern = '^[0-9]+(m|s)'

/** One analysis.metrics entry: a value Flagger queries every analysis tick and compares with its bounds. */
export const metricNode = obj(
  {
    name: str({
      label: 'Name',
      example: 'request-success-rate',
      doc:
        '`request-success-rate` (percent of non-5xx requests to the canary) and `request-duration` (P99 latency in ' +
        'ms) are built in and need no query. Any other name is only a label: it needs `templateRef` (or the ' +
        'deprecated `query`), or the check fails every tick.',
    }),
    interval: str({
      pattern: crdDurationPattern,
      format: 'duration',
      label: 'Query window',
      default: '1m',
      example: '1m',
      doc:
        'The range window of the query — `[{{ interval }}]` in the PromQL — NOT how often the metric is checked: ' +
        'every metric is checked once per `analysis.interval`. Built-in metrics default to `1m`; template metrics ' +
        'have no default (without it `{{ interval }}` renders empty and the query fails), so always set it.',
    }),
    threshold: num({
      label: 'Threshold (legacy)',
      default: 0,
      advanced: true,
      doc:
        'Legacy single bound, used only without `thresholdRange`: `request-success-rate` fails below it, every other ' +
        'metric fails above it. Its default 0 makes a duration or custom metric fail whenever its value is above 0.',
    }),
    thresholdRange: obj(
      {
        min: num({ label: 'Min', doc: 'The check fails when the value is below this (equal passes).', example: 99 }),
        max: num({
          label: 'Max',
          doc: 'The check fails when the value is above this (equal passes). `request-duration` compares whole milliseconds.',
          example: 500,
        }),
      },
      {
        label: 'Accepted range',
        doc:
          'The accepted range of the value. Success rate is a percentage (0–100): set `min`. Request duration is in ' +
          'milliseconds: set `max`. One failing metric makes the tick a failed check.',
      },
    ),
    query: str({
      format: 'promql',
      label: 'Query (deprecated)',
      advanced: true,
      deprecated: 'Use a MetricTemplate and templateRef.',
      doc:
        "Deprecated inline PromQL, run against `spec.metricsServer` (or Flagger's global Prometheus) with the " +
        'template functions `{{ namespace }}`, `{{ target }}`, `{{ interval }}`…; fails when above `threshold`.',
    }),
    templateRef: obj(
      {
        name: str({ label: 'Template', doc: 'Name of the MetricTemplate.' }),
        namespace: str({
          label: 'Template namespace',
          doc: "Namespace of the MetricTemplate; defaults to the Canary's.",
        }),
      },
      {
        required: ['name'],
        label: 'Metric template',
        doc:
          'A MetricTemplate (flagger.app/v1beta1) giving the metrics provider (Prometheus, Datadog, CloudWatch…) and ' +
          'the query. A missing template fails the check every tick.',
      },
    ),
    templateVariables: map(str(), {
      label: 'Template variables',
      advanced: true,
      doc: "Values for `{{ variables.<key> }}` in the template's query; a key the query uses but this map lacks fails the check.",
    }),
  },
  {
    required: ['name'],
    doc: 'A metric checked once per analysis tick, after the rollout webhooks; the first failing one makes a failed check.',
  },
)

/** One analysis.webhooks entry: an HTTP POST Flagger makes at a stage of the rollout. */
export const webhookNode = obj(
  {
    name: str({
      label: 'Name',
      doc: 'Name of the hook, unique within the Canary; shown in events.',
      example: 'load-test',
    }),
    type: str({
      enum: [
        '',
        'confirm-rollout',
        'pre-rollout',
        'rollout',
        'confirm-promotion',
        'post-rollout',
        'event',
        'rollback',
        'confirm-traffic-increase',
      ],
      label: 'Type',
      default: 'rollout',
      doc:
        'When the hook fires. `confirm-rollout`: before the canary is scaled up, every tick until it answers 200–202 ' +
        '(gate; phase Waiting). `pre-rollout`: before any traffic goes to the canary, retried every tick until it passes; a failure ' +
        'is a failed check. ' +
        '`rollout` (or empty): every analysis tick, before the metrics — the place for load tests; a failure is a ' +
        'failed check. `confirm-traffic-increase`: before each weight increase (canary strategy; gate). ' +
        '`confirm-promotion`: before promotion (gate; phase WaitingPromotion). `post-rollout`: after success or ' +
        'rollback (failure only logged). `rollback`: every tick during analysis; an answer of 200–202 rolls back at once. ' +
        '`event`: on every event Flagger records (never gates). Gates never add failed checks.',
    }),
    muteAlert: bool({ label: 'Mute alerts', advanced: true, doc: "Do not send alerts for this hook's failures." }),
    url: str({
      format: 'url',
      label: 'URL',
      example: 'http://flagger-loadtester.test/',
      doc:
        'Address Flagger POSTs `{name, namespace, phase, checksum, metadata}` to. Only 200–202 counts as success. ' +
        'Flagger calls it from its own pod, so use a name that resolves there (e.g. `http://svc.ns/`).',
    }),
    timeout: str({
      pattern: crdDurationPattern,
      format: 'duration',
      label: 'Timeout',
      default: '10s',
      example: '30s',
      doc: 'Per-attempt request timeout (Go duration, CRD pattern `^[0-9]+(m|s)`); `0s` means none. Default `10s`.',
    }),
    retries: int({
      rangeHint: { min: 0, max: 10 },
      unit: 'count',
      label: 'Retries',
      default: 0,
      advanced: true,
      doc: 'Extra attempts on connection errors, 429 and 5xx (except 501), with exponential backoff from 1s.',
    }),
    disableTLS: bool({
      label: 'Skip TLS verify',
      advanced: true,
      doc: 'Skip certificate verification for an https URL.',
    }),
    metadata: map(str(), {
      label: 'Metadata',
      doc: 'Key → value sent as `metadata` in the payload; the Flagger load tester reads `type`, `cmd`, `logCmdOutput`.',
      example: { cmd: 'hey -z 1m -q 10 -c 2 http://podinfo-canary.test:9898/' },
    }),
  },
  { required: ['name', 'url'], doc: 'An HTTP hook called at one stage of the rollout.' },
)

/** One analysis.alerts entry: where Flagger sends notifications for this Canary. */
export const alertNode = obj(
  {
    name: str({ label: 'Name', doc: 'Name of this alert.' }),
    severity: str({
      enum: ['', 'info', 'warn', 'error'],
      label: 'Severity',
      doc:
        'Lowest severity sent: `info` sends everything, `warn` warnings and errors, `error` only errors. Set it: ' +
        'in Flagger v1.44 an empty severity sends nothing (the docs say it defaults to `info`).',
    }),
    providerRef: obj(
      {
        name: str({ label: 'Provider', doc: 'Name of the AlertProvider (Slack, MS Teams, Discord, Rocket…).' }),
        namespace: str({
          label: 'Provider namespace',
          doc: "Namespace of the AlertProvider; defaults to the Canary's.",
        }),
      },
      { required: ['name'], doc: 'The AlertProvider (flagger.app/v1beta1) that delivers the messages.' },
    ),
  },
  { required: ['providerRef', 'name'], doc: "An alert target for this Canary's rollout events." },
)

/** analysis.metrics: the metric checks of every analysis tick. */
export const metricsListNode = list(metricNode, {
  label: 'Metrics',
  example: [{ name: 'request-success-rate', interval: '1m', thresholdRange: { min: 99 } }],
  doc:
    'Checks run every analysis tick in list order (built-ins and inline queries first, then templates). The first ' +
    'failure makes the tick a failed check. The built-ins need traffic on the canary: without it they report "no ' +
    'values found", which is a failure — add a `rollout` load-test hook.',
})

/** analysis.webhooks: the HTTP hooks of the rollout. */
export const webhooksListNode = list(webhookNode, {
  label: 'Webhooks',
  doc: 'HTTP hooks called at the rollout stages given by each `type`; hooks of one type run in list order.',
})

/** analysis.alerts: per-Canary alert targets. */
export const alertsListNode = list(alertNode, {
  label: 'Alerts',
  advanced: true,
  doc: 'Where Flagger sends rollout notifications for this Canary, in addition to its global Slack/Teams settings.',
})
