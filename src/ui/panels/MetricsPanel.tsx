import { useMemo } from 'react'
import { renderMetricQueries } from '../../core/metrics/render-metric-queries.ts'
import { focusPath } from '../../store/intents/focus-path.ts'
import { selectIsReadOnly, selectShownCanary } from '../../store/selectors.ts'
import { useStudio, useStudioStore } from '../studio-context.ts'
import { MetricCard } from '../metrics/MetricCard.tsx'
import '../metrics/metrics.css'

/** The query every analysis metric runs, as Flagger renders it from this file (built-ins, inline queries, MetricTemplates). */
export default function MetricsPanel() {
  const store = useStudioStore()
  const canary = useStudio(selectShownCanary)
  const templates = useStudio((s) => s.analysis.metricTemplates)
  const isStale = useStudio(selectIsReadOnly)
  const metrics = useMemo(() => (canary ? renderMetricQueries(canary, templates) : []), [canary, templates])
  if (!canary) return <p className="panel__empty">Write or load a Canary to see its metric queries.</p>
  if (metrics.length === 0)
    return <p className="panel__empty">No analysis.metrics: Flagger checks no metrics, so only webhooks can fail a step.</p>
  return (
    <ul className={`metrics${isStale ? ' metrics--stale' : ''}`} aria-label="Metric queries">
      {metrics.map((m, i) => (
        <MetricCard key={`${m.metricIndex}:${m.source}:${i}`} metric={m} onReveal={() => focusPath(store, m.path, 'panel')} />
      ))}
    </ul>
  )
}
