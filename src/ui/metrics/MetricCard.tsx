import { useRef } from 'react'
import type { RenderedMetric } from '../../core/metrics/render-metric-queries.ts'
import { CopyButton } from './CopyButton.tsx'

const sourceLabel: Record<RenderedMetric['source'], string> = {
  builtin: 'built-in',
  query: 'inline query',
  template: 'MetricTemplate',
  none: 'no query',
}

/**
 * The longest query shown in full. Past it the browser spends seconds laying out one line (a query of 80,000
 * template actions is 520,000 characters); the rest is still copied whole.
 */
export const queryShownChars = 10_000

/** One check Flagger runs for a metric: its query, provider, window, bounds in words, and any render error. */
export function MetricCard({ metric, onReveal }: { readonly metric: RenderedMetric; readonly onReveal: () => void }) {
  const queryRef = useRef<HTMLPreElement>(null)
  const state = metric.error ? 'error' : metric.isApproximate ? 'approximate' : 'ok'
  const isCut = metric.query !== null && metric.query.length > queryShownChars
  return (
    <li className={`metric metric--${state}`} data-testid="metric" data-metric={metric.name}>
      <header className="metric__head">
        <button
          type="button"
          className="metric__name"
          onClick={onReveal}
          title="Show this metric in the form and the YAML"
        >
          {metric.name || '(unnamed)'}
        </button>
        <span className="metric__tag">{sourceLabel[metric.source]}</span>
        <span className="metric__tag">provider {metric.provider}</span>
        {metric.isApproximate && (
          <span
            className="metric__tag metric__tag--approximate"
            title="Flagger fills in values known only in the cluster, or uses template syntax we do not render: the real query may differ"
          >
            approximate
          </span>
        )}
      </header>
      <p className="metric__check">
        <strong>Check:</strong> {metric.check}.
      </p>
      {metric.definedElsewhere !== undefined && <p className="metric__elsewhere">{metric.definedElsewhere}</p>}
      {metric.error && (
        <p className="metric__error" role="alert">
          {metric.error}
        </p>
      )}
      {metric.query !== null && (
        <div className="metric__query">
          <pre ref={queryRef} data-testid="metric-query">
            {isCut ? metric.query.slice(0, queryShownChars) : metric.query}
          </pre>
          <CopyButton
            text={metric.query}
            target={isCut ? undefined : queryRef}
            label={`Copy the ${metric.name} query`}
          />
        </div>
      )}
      {isCut && metric.query !== null && (
        <p className="metric__cut" data-testid="metric-query-cut">
          Showing the first {queryShownChars.toLocaleString('en-US')} of {metric.query.length.toLocaleString('en-US')}{' '}
          characters; Copy copies the whole query.
        </p>
      )}
      <p className="metric__interval">
        <strong>interval {metric.interval === '' ? '(not set)' : metric.interval}:</strong> {metric.intervalMeaning}
      </p>
    </li>
  )
}
