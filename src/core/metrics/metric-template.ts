// MetricTemplate documents (flagger.app/v1beta1, ../shared/reference/flagger-metrictemplate-crd.json) read
// leniently from plain data: a document that is not a MetricTemplate reads as undefined.

/** The parts of a MetricTemplate a metric check uses: where it lives, its provider type and its query. */
export interface MetricTemplate {
  readonly name: string
  /** metadata.namespace; undefined when the document leaves it to `kubectl apply -n`. */
  readonly namespace: string | undefined
  /** spec.provider.type as written ('' when absent). */
  readonly providerType: string
  readonly address: string | undefined
  readonly query: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const stringOr = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback)

/** Reads one document as a MetricTemplate, or undefined when it is something else. */
export function readMetricTemplate(data: unknown): MetricTemplate | undefined {
  if (!isRecord(data) || data.kind !== 'MetricTemplate') return undefined
  if (typeof data.apiVersion !== 'string' || !data.apiVersion.startsWith('flagger.app/')) return undefined
  const metadata = isRecord(data.metadata) ? data.metadata : {}
  const spec = isRecord(data.spec) ? data.spec : {}
  const provider = isRecord(spec.provider) ? spec.provider : {}
  return {
    name: stringOr(metadata.name, ''),
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    providerType: stringOr(provider.type, ''),
    address: typeof provider.address === 'string' ? provider.address : undefined,
    query: stringOr(spec.query, ''),
  }
}

/** Every MetricTemplate among a file's documents, in file order. */
export function readMetricTemplates(documents: readonly { readonly data: unknown }[]): MetricTemplate[] {
  return documents.flatMap((d) => {
    const template = readMetricTemplate(d.data)
    return template ? [template] : []
  })
}

// pkg/metrics/providers/factory.go: these providers are built from the metric interval parsed as a Go duration.
const durationProviders = new Set(['datadog', 'cloudwatch', 'newrelic', 'dynatrace', 'splunk'])

/** Whether Flagger builds this template provider from the metric's interval as a Go duration (§d.3). */
export function needsDurationInterval(providerType: string): boolean {
  return durationProviders.has(providerType)
}

const knownProviders = new Set(['prometheus', 'influxdb', 'datadog', 'externalmetrics', 'stackdriver', 'cloudwatch', 'newrelic', 'graphite', 'dynatrace', 'keptn', 'splunk'])

/** The provider Flagger runs a template against: its type, unknown types falling back to prometheus (§d.3). */
export function effectiveTemplateProvider(providerType: string): string {
  return knownProviders.has(providerType) ? providerType : 'prometheus'
}
